using System.Text.RegularExpressions;
using InfluenceGraph.Core;

namespace InfluenceGraph.Extraction;

/// <summary>An event as one sentence describes it, before sentences about the same event are merged.</summary>
/// <param name="DaysAfter">For "two days later", "the next day": how long after the event told before it, to be dated from that one;
/// counted from its last day when the sentence says it ended ("two days after the visit ended"), and from the event of the
/// kind it names when it names one ("two days after the demonstration").</param>
internal sealed record EventCandidate(EventKind Kind, EventStatus Status, EventDate? Date, int Start, int Length, string Rule, double Confidence, IReadOnlyList<Participant> Participants)
{
    public DaysAfterEvent? DaysAfter { get; init; }
}

/// <summary>"two days later", "the following Monday", "that afternoon": a day counted from another event, not from the document's date.</summary>
/// <param name="Weekday">For "the following Monday": the first such weekday after the other event.</param>
internal sealed record DaysAfterEvent(int Days, DayOfWeek? Weekday, string Wording, bool FromEnd, string? After);

/// <summary>
/// Meetings, calls, meeting requests, follow-ups and publications, from the words reporters and
/// officials use for them, with their status and the date written nearest to them.
/// </summary>
internal static partial class EventRules
{
    [GeneratedRegex(@"\b(?:met|meet|meets|meeting|meetings|sat down|sit down|sit-down|briefed|briefing|briefings|demo|demos|(?<!\b(?:over|during|amid|at|policing|protest|street|mass|large|peaceful|violent) )demonstrations?|(?:demonstrate|demonstrated|demonstrating)(?!\s+(?:that|how|why|whether|compliance|a need|the need|its commitment|the value|an ability|the ability))|presentation|presentations|presented to|presented\b[^.;]{1,60}?\bto\b|pitch meeting|visited|site visit|visit(?!\s+(?:our|the|its|their)\s+(?:website|web site|site at|page|portal))|toured|tour|tours|(?:hosted|hosting)(?!\s+(?:on|in|by\s+(?:amazon|aws|microsoft|google|oracle|ibm)|environment|provider|service|platform|costs?|solution|fees?))|workshops?|webinars?|kickoffs?|kick-offs?|(?<!\bbetween\s)(?-i:check-ins?)(?![-\s]+(?:calls?|kiosks?|desks?|process|system|software|counters?|procedures?|tablets?|stations?)\b)|site walk|roundtables?|(?<=\b(?:had|over|a|for|at|hosted|our|grab|grabbing)\s(?:[\w-]+\s)?)(?:dinner|lunch|breakfast|coffee)(?!\s+(?:shop|place|house|chain|cart|maker))|industry days?|summits?|(?<=\b(?:a|the|public|community|vendor|annual|its|\d{1,2})\s)forums?|town[- ]halls?|open house|tabletops?|panel discussion|(?<=\b(?:a|the)\s)panel on|one-on-ones?|(?<!\b(?:press|news|video|phone|telephone)\s)(?-i:conference)(?!\s+(?:call|calls|room|rooms|center|centre|line|bridge))|(?:re)?conven(?:e|ed|es|ing)|(?<!\bfor\s)walk(?:ed|ing|s)?\s+(?:[\w'’.-]+\s+){0,7}?through\b|(?<=\b(?:will|would|to|and)\s(?:also\s)?)brief|(?<=\b(?:will|would|to)\s)present\b[^.;]{1,60}?\bto\b|(?:first|second|third|final) reading|attend(?:ed|ing|s)?\s+(?:(?:the|our|this|a|an|\p{L}+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:review|exercise|event|training)|(?<!\byear['’]s\s)(?<=\b(?:its|their|next|regular|oversight|own|monthly|rescheduled|revised|\d{1,2}(?:st|nd|rd|th)?|\p{L}+['’]s|January|February|March|April|May|June|July|August|September|October|November|December)\s)sessions?|testif(?:y|ied|ies|ying)\s+(?:[\w-]+\s+){0,3}?(?:before|at\s+(?:the|a|an|its|their)|to\s+(?:the\s+)?(?:committee|subcommittee|council|board|commission|lawmakers|legislators|senators))|(?<=\b(?:to|will|would)\s)testify|(?:take|took|taking|takes) testimony|appear(?:ed|s|ing)?\s+before\s+(?:the|a)\s+(?:[\p{L}&'’.-]+\s+){0,6}?(?:committee|subcommittee|council|board|commission|commissioners|supervisors|legislature|panel)|told\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:board|council|commission|committee|subcommittee|commissioners|supervisors|lawmakers|legislators|aldermen)|walkthrough|walk-through|in-person(?!\s+(?:visits|visitation|visiting|classes|voting))|(?:work|working|study|information|informational|closed|executive|budget|special|public|legislative|community|listening) session|(?<=\b(?:a|the|its|their|own|public|committee|subcommittee|budget|oversight|confirmation|legislative|council|board|senate|house|first|second|third|final|next|another|joint|field|special|\d{1,2}|\d{1,2}(?:st|nd|rd|th))\s)hearings?(?!\s+(?:backlog|office|officers?|process|judges?|examiners?|division|branch|unit|room|schedule|calendar|aids?|loss|impaired))|(?<=['’]s\s)hearing|(?<=\b\p{Lu}[\p{L}'’]+\s)hearing(?!\s+(?:backlog|office|officers?|process|judges?|examiners?|aids?|loss|impaired))|heard (?:[\w-]+ ){0,3}?testimony|spent with (?:you|us|them|him|her)\b|(?:making|made) (?:the )?time for|(?:scheduled|set|due|slated|planned|expected) to (?:brief|show|present|demo|demonstrate|meet|visit|tour|pitch)|(?:thanks?|thank you|appreciated?)\b[^.?!]{0,40}?\b(?:the|your) time\b(?![^.?!]{0,30}?\b(?:call|phone|zoom|teams|webex|video)\b)(?=[^.?!]{0,30}?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|this (?:morning|afternoon)|last week)\b)|giving us (?:most of |part of |much of |the better part of )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:making|made) (?:the )?time (?![^.?!]{0,30}?\b(?:call|phone|zoom|teams|webex|video)\b)(?=on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|this (?:morning|afternoon)|last (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday))|spen[dt]s?\s+(?:nearly\s+|more than\s+|about\s+|almost\s+|roughly\s+)?(?:[\w-]+\s+){0,2}?(?:hours?|minutes|morning|afternoon|evening)\s+(?:[\w.,-]+\s+){0,3}?(?:questioning|grilling|hearing from|debating|pressing|quizzing|taking testimony)|spent\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:and|through)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?|(?:two|three|four|five|\d)\s+days|the\s+(?:day|morning|afternoon))\s+(?:(?:morning|afternoon|of\s+(?:last|this|next)\s+week)\s+)?(?:at|with|inside)\s+(?:the|their|its|a|an|\p{Lu}[\p{L}'’.-]*)|(?<=\b(?:board|council|committee|commission|supervisors|trustees|commissioners|panel|legislature|senate|subcommittee|lawmakers)\s(?:[\w'’.-]+\s){0,6}?)(?:takes|will\s+take|to\s+take|picks?)\s+(?:(?:this|it|that|them)\s+(?:back\s+|again\s+)?up|up\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:contract|proposal|program|pilot|ordinance|bill|measure|plan|policy|issue|item|matter|request|budget|extension|renewal))\b|(?<=\b(?:board|council|committee|commission|supervisors|trustees|commissioners|subcommittee|legislature|senate|assembly|aldermen|lawmakers|councilmembers|senators|representatives)\b[^.;]{0,50}?\s)(?<!\b(?:who|not|never)\s)(?:vot(?:ed|es)|(?<=\b(?:to|will|would|must|could|can|may|did)\s)vote)\b(?!\s+(?:against|for)\s+(?:him|her|them|it)\b|\s+no\b)|\b(?:\d{1,2}-\d{1,2}|unanimous)\s+vote\b|(?<=\b(?:council|board|commission|commissioners|committee|subcommittee|trustees|jury|legislature|supervisors|aldermen|selectmen|assembly|panel|lawmakers|legislators|senators)\b[^.;]{0,60}?\s)(?<!\b(?:who|not|never)\s)(?:voted(?!\s+(?:against|for)\s+(?:him|her|them|it)\b|\s+no\b)|approved|pressed|grilled|questioned|(?:is|are|was|were) (?:scheduled|expected|set|due|slated) to (?:vote|take up|consider)|(?:will|would) (?:vote|take up|consider)|plans? to vote|meets to (?:vote|consider|take up)|took up|takes up)\b|(?<=\b(?:Board|Council|Committee|Commission|Supervisors|Trustees|Commissioners)['’]s\s)vote\b|(?:took turns|spoke|answered questions)\s+(?:[\w-]+\s+){0,3}?(?:before|in front of)\s+(?:a|the)\s+(?:[\p{L}&'’.-]+\s+){0,6}?(?:committee|subcommittee|council|board|commission|panel)|(?:crowded|packed|filled|jammed|squeezed)\s+(?:into\s+)?(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:chambers?|hall|auditorium|gym|gymnasium|cafeteria)|briefs\s+(?:the|state|city|county|council|lawmakers|legislators|senators|members|commissioners|supervisors)\b|got (?:a|an|their|his|her|its) (?:(?:first|close|closer|early|hands-on|formal|public|detailed|long|brief)\s+){0,2}look\b(?=[^.?!]{0,30}?\bat\b)|thank(?:s| you)\b[^.?!]{0,50}?\bfor (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)(?=\s*[.,;!]|\s+(?:morning|afternoon|evening|and)\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWords();

    [GeneratedRegex(@"\b(?:(?:phone|conference|video|zoom|teams|webex|follow-up|introductory|intro)\s+call(?!s\b)|(?<!\b(?:is|was|be|it's|that's|it’s|that’s) (?:your|my|our|their|his|her) )(?<!\b(?:911|emergency|inmate|jail|prison|collect|interstate|in-state|local|incoming|outgoing|recorded|monitored|flagged|transcribed|every|each|per) )(?<![\d,]\d )(?:call|(?<=\b(?:two|three|four|five|six|several|multiple|many|numerous|weekly|biweekly|monthly|daily|regular|recurring|repeated|sales)\s(?:[\w-]+\s)?)calls|calls(?=\s+with\b))\b(?!-(?!in\b)\w)(?![-\s]+(?:comes?\s+in|came\s+in|up\b|costs?\b|will\s+cost\b|charges?\b|(?:me|us)\s+(?:at|on|directly|anytime|any\s+time|if|with\s+(?:any|questions))|(?:my|your|his|her)\s+(?:cell|mobile|office|desk|direct\s+line|line)|for|it|them|out|off|records?|recordings?|logs?|rates?|volumes?|data|cent(?:er|re)s?|takers?|platforms?|systems?|software|monitoring|analytics|analysis|audio|transcripts?|traffic|queues?|routing|on\s+(?:congress|the\s+company|amazon)))|teleconference|(?:discussed|agreed|confirmed)\s+(?:by|on the|over the)\s+(?:phone|telephone)|called (?=(?:Supervisor|Commissioner|Councilmember|Council Member|Mayor|Sheriff|Chief|Sen\.|Senator|Rep\.|Director|Secretary|Governor|Gov\.|him|her|them|me|us)\b)|spoke by (?:phone|telephone)|dial-in|phoned|phone conversation|(?:time|hour|minutes) (?:on the|by|over the) (?:phone|telephone)|(?:talk|talked|talking|speak|spoke|speaking|chat|chatted)\b[^.]{0,30}?\b(?:by|on the|over the) (?:phone|telephone)|(?:hop|hopped|hopping|jump|jumped|jumping) on (?:a )?(?:zoom|teams|webex)|videoconference|video conference)", RegexOptions.IgnoreCase)]
    private static partial Regex CallWords();

    // Interpreted, not source-generated: the generated matcher for this pattern threw IndexOutOfRangeException
    // on some inputs (.NET 10.0 generator), the interpreter matches them correctly.
    private static readonly Regex RequestPattern = new(@"\b(?:would you be available|(?:we|I) (?:can|could) (?:be|come) (?:on[- ]?site|there|over|out|in person|available)\b(?=[^.?!]{0,20}?\b(?:monday|tuesday|wednesday|thursday|friday|next|this|the \d|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))|are you available|(?:are|is) (?:you|your team|your office|the team) (?:free|around)|(?:would|does|could|will) (?:(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday)|the (?:\d{1,2}(?:st|nd|rd|th)|week of)|next week|that day|either day|(?:either|any|one) of (?:these|those|them)|either|these|those)\b[^.?!]{0,40}?\bwork\b|(?:monday|tuesday|wednesday|thursday|friday|the \d{1,2}(?:st|nd|rd|th))\b[^.?!]{0,30}?\b(?:works|is fine|is good|suits) (?:for|fine|well|great)\b|\bcan do (?:(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday)|the \d{1,2}(?:st|nd|rd|th))\b|(?:could|can|would) (?:you|we) do\b|(?:would|could|do|can) you (?:have|spare|give (?:us|me)) (?:\d+|a few|some|fifteen|twenty|thirty|forty-five) minutes|(?:like|want|wants|ask(?:s|ed|ing)? for|get) (?:\d+|a few|fifteen|twenty|thirty|forty-five) minutes (?:by phone|on the phone|with you|of your time)|request(?:ing)? (?:\d+|fifteen|twenty|thirty|forty-five) minutes|(?:can|could|would) you (?:join us|come (?:by|in|to)|stop by|make it|host us)|please join us|join us for (?:a|an|the) (?:meeting|demo|briefing|call|presentation|visit|tour|lunch|coffee)|pencil (?:you |it |us |that )?in|hold (?:the|a) (?:date|slot|time)|save the date|is there (?:a )?(?:good )?time|do you have (?:any )?time|could we (?:meet|schedule|reschedule|set up|find)|can we (?:meet|schedule|reschedule|set up|find)|(?:like|want|need|hope|hoping) to reschedule|request(?:ed|ing|s)? (?:a |an |another |a second |a follow-up )?(?:meeting|call|demo|demonstration|briefing|presentation|time)|asked (?:to|if (?:they|he|she|we) could) (?:return|meet|present|demo|brief|come back|visit|show)|offer(?:ed|ing|s)? (?:(?:in|on|last|this|early|late|mid)\s+(?:[\w.-]+\s+){0,3}?)?to (?:present|demo|brief|meet|show|walk|bring|run|give|host|hold|arrange|set up|come|visit|travel|fly|stop by|drop by)|(?:sought|seeking|wants|wanted|offered|offering|suggested|suggesting|suggests) (?:a |an |another |a second |a follow-up )(?:meeting|call|demo|demonstration|briefing|presentation)|meeting request|agree(?:d|s)? to (?:meet|a meeting|host|sit down|a demo|a briefing|a call)|(?:like|love|want|hoping|hope|glad|happy) to (?:meet|schedule|set up|arrange|invite|get (?:some )?time|find (?:a )?time|brief|demo|show|bring|come|visit|stop by|drop by|host|present|walk)|welcome the (?:chance|opportunity) to (?:brief|meet|present|demo|show|walk)|set up (?:a |an |some )?(?:time|meeting|call|demo|briefing)|schedule (?:a |an )?(?:meeting|call|demo|briefing|time)|invit(?:e|ed|es|ing|ation)\b.{0,60}\b(?:meet|demo|briefing|presentation|visit)|sought (?:a )?meeting|asked (?:for|to) (?:a )?(?:meet|meeting)|(?:asked|asking|pressed|urged|invited)\s+(?:[\w.'’-]+\s+){1,5}?(?:for (?:a |an )?(?:[\w-]+ )?(?:meeting|sit-down|briefing|call|demo|demonstration|audience)|to (?:meet|brief|sit down|present|testify))\b|(?:propos(?:e|ed|ing)|request(?:ed|ing)?|offer(?:ed|ing)?|ask(?:ed|ing|s)? for|(?:schedul|arrang)(?:e|ing) (?:a|an)) (?:a |an |another |the |our )?(?:[\w-]+ ){0,2}?(?:meeting|call|demo|demonstration|briefing|presentation|workshop|site visit|visit|session|walkthrough|walk-through)|propos(?:e|ed|ing) (?:that we|to) (?:meet|get together|sit down)|offer(?:ed|ing)? (?:a |to )?(?:demo|brief|meet))", RegexOptions.IgnoreCase);

    private static Regex RequestWords() => RequestPattern;

    // "AWS's follow-up from last Tuesday's session is below": a forward naming someone else's follow-up is not one itself.
    [GeneratedRegex(@"\b(?:(?<!['’]s\s)follow(?:ed|ing|s)?[ -]up(?![ -](?:piece|story|stories|article|questions?|reporting|coverage|investigation|audit|study|report)\b)|(?<!['’]s\s)follow-ups?(?![ -](?:piece|story|stories|article|questions?|reporting|coverage|investigation|audit|study|report)\b)|followup|action items?|following (?:up on )?(?:our|the|your|last week's|yesterday's|today's) (?:meeting|call|conversation|discussion|demo|presentation|briefing|visit)|thank(?:s| you) (?:again )?for (?:meeting|taking the time|the (?:meeting|demo|time|opportunity|briefing|presentation|conversation|visit)|your time|hosting)|thanks to you\b[^.]{0,40}?\bfor (?:the|your) (?:time|meeting|call|demo|visit|hospitality))", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUpWords();

    // Interpreted, like RequestPattern: the generated matcher for this pattern throws IndexOutOfRangeException on some inputs.
    private static readonly Regex PublicationPattern = new(@"\b(?:(?:published|publishes|released|releases|issued|issues|sent|posted|unveiled|made public|makes public|put out|puts out)\b.{0,50}?\b(?:report|study|test|analysis|letter|findings|audit|paper|review|investigation|survey|scorecard|results|evaluation|assessment|memo|memorandum|policy|toolkit|guidance|index|guide|ranking|dataset|statistics|framework|recommendations|fact sheet|factsheet|advisory|advisories|explainer|write-up|guidelines|white paper|summary|preprint|comments|answers)s?\b|(?:report|study|test|letter|audit|analysis|findings|review|survey|evaluation|assessment|scorecard|paper|results|write-up|advisory|guidance|summary|preprint|answers)\b[^.;]{0,70}?\s(?:was\s+|were\s+)?(?:published|released|issued|made public|posted|put out)\b|\b(?:report|study|audit|paper|letter|analysis|write-up|review|evaluation|survey|findings|preprint|summary)\b[^.;]{0,60}?\b(?:came out|dropped|went up|went live|was out)\b|\b(?:made|makes)\s+(?:the|its|their|his|her|a|an)\s+(?:[\w-]+\s+){0,2}?(?:letter|report|study|audit|findings|analysis|review|memo)\s+public\b|\bunseal(?:ed|s)?\s+(?:an|the|a|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:order|ruling|opinion|decision)\b|\b(?:published|released|posted|put out|issued)\s+(?:(?:its|their|our|his|her|a|an|the|new)\s+)?(?:[\w-]+\s+){0,2}?[“""]|(?-i:\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|\b(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,\s+\d{4},?)?\s+(?:[\w-]+\s+)?(?:report|study|audit|evaluation|analysis|letter|memo|memorandum|advisory|survey|white paper|test)s?\b|\b(?:report|study|audit|evaluation|analysis|survey|letter|test)\s+(?:(?:released|published|issued|dated)\s+)?(?:in|on|of)\s+(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)|\bletters?\s+(?:was\s+|were\s+)?sent\b|\battached (?:please find|is|are) (?:a |an |the |our )?(?:[\w-]+ ){0,2}?(?:letter|report|study|analysis|findings|audit)\b|\b(?:wrote|writes|signed|filed|submitted|delivered)\b.{0,30}?\bletters?\b|\bin (?:a|an|its|their|his|her) (?:[\w-]+ ){0,2}?letter to\b|\b(?:ran|conducted|conducts|performed|carried out)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:test|study|audit|analysis|evaluation|survey)\b|\b(?:according to|found in|cited in) (?:a|an) (?:[\w-]+ ){0,2}?(?:report|study|audit|analysis)\b|\b(?:a|an|the|its|their)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\s+)+(?:[\w-]+\s+){0,2}?(?:report|study|audit|analysis|letter|review|survey|white paper)\s+(?:by|from)\b|\bletter dated\b|\b(?:published|released|issued|posted)\b.{0,40}?\b(?:white paper|op-ed|brief|blog post)s?\b)", RegexOptions.IgnoreCase);

    private static Regex PublicationWords() => PublicationPattern;

    [GeneratedRegex(@"\b(?:cancel(?:l?ed|l?ing|s|lation)?|called off|call off|calling off|call(?:ed|ing|s)? (?:it|them|that|this) off|postpone(?:d|ment)?|scrap(?:ped|ping|s)?|scrub(?:bed|bing|s)?|(?<=\b(?:call|meeting|demo|briefing|visit|tour|session|hearing|lunch|dinner)\s)(?:is|was|are|were)\s+off(?!\s+(?:the|to|by|from|on|at|for|and)\b)|pulled out|declin(?:e|ed|ing) (?:to meet|(?:an?|the|his|her|their|our|your|this|that) (?:[\w-]+ ){0,2}?(?:meeting|invitation|request|demo|demonstration|briefing|offer|visit|call))|(?:not (?:be )?able|unable) to (?:meet|attend|host|accommodate|schedule|arrange|set up|take (?:a |the |this |that |any )?(?:[\w-]+ )?(?:meeting|call|demo|briefing))|(?:would|will) not be appropriate|(?:will not|won't|not) be (?:taking|holding|scheduling) (?:the|this|that|your|a|any) (?:[\w-]+ )?(?:meeting|call|demo|demonstration|briefing)|turned down|turned (?:the|their|our|his|her|that|this) (?:request|invitation|offer) down|(?:has been|have been|had been|was|were) (?:declined|rejected|refused|turned down|denied)|no need for (?:the|our|a|that) (?:[\w-]+ )?(?:call|meeting|demo|briefing|visit)|won't be able to (?:meet|make)|no longer (?:meet|take place|happen)|(?:isn't|is not|aren't|are not|won't be|will not be) taking (?:any )?(?:vendor |outside |private |industry )?meetings|(?:would|will) not (?:take place|happen|go forward)|won't (?:take place|happen)|(?:will|would) not (?:take part|attend|participate|be (?:taking part|attending|participating))|won't (?:take part|attend|participate)|decided (?:not to|against)|(?:will not|won't|won’t|cannot|can't|can’t) take (?:(?:a|the|this|that|any|your) )?(?:[\w-]+ )?(?:meeting|call|demo|briefing)s?|not going to (?:take|meet|attend|schedule|host)|(?:will not|won't|not) (?:be )?(?:going|go) ahead|(?:refused|rejected|denied|rebuffed|declined)\s+(?:the|a|an|his|her|their|our|its|that|this|several|repeated)\s+(?:[\w-]+\s+){0,2}?(?:request|invitation|offer|meeting|demo|demonstration|briefing|proposal|overture)s?|pulled (?:it |the item )?(?:from|off) the (?:agenda|calendar|schedule)|was pulled|(?:will not|won't|not) (?:be )?moving forward)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CancelWords();

    // "Brenner declined.", "The office, in a two-line email, turned the request down": not declining to comment or to say.
    [GeneratedRegex(@"^(?:[\p{L}'’.,-]+\s){0,12}?(?:declined|turned (?:it |them |the (?:offer|request|invitation) )?down|rejected|rebuffed|denied|passed on|said no(?=\s*[.,;]|\s+to\b)|says no(?=\s*[.,;]|\s+to\b)|refused)\b(?!\s+(?:to\s+(?:comment|say|discuss|answer|elaborate|provide|respond|be interviewed|identify|name|release)|comment|wrongdoing|the (?:claim|allegation|report)s?))", RegexOptions.IgnoreCase)]
    private static partial Regex Refusal();

    // "It was called off when the trailer did not arrive", "Varga said after the vote that the visit was off until …":
    // the meeting the sentence before told did not happen.
    // Interpreted, like RequestPattern: the generated matcher for this pattern throws IndexOutOfRangeException on some inputs.
    private static readonly Regex ItWasCancelledPattern = new(@"^(?:[^;]{0,100}?\b(?:said|says|told\s+[\w\s]{1,30}?|announced|confirmed|wrote)\s+(?:[\w\s]{0,30}?\s)?that\s+)?(?:(?:it|that|this)|(?:the|that|this) (?:[\w-]+ ){0,2}?(?:meeting|demo|demonstration|briefing|presentation|session|workshop|visit|call|walkthrough|tour))\s+(?:was|has been|had been|is|got|will be)\s+(?:later\s+|then\s+|also\s+)?(?:cancell?ed|called off|scrapped|scrubbed|dropped|postponed indefinitely|off(?=\s+(?:until|for now|indefinitely)\b|\s*[.,;]))\b", RegexOptions.IgnoreCase);

    private static Regex ItWasCancelled() => ItWasCancelledPattern;

    [GeneratedRegex(@"\b(?:met|sat down|briefed|visited|toured|demonstrated|presented|hosted|walked|convened|testified|heard|voted|approved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastTrigger();

    [GeneratedRegex(@"(?:,|;|\band\b|\bbut\b)[^.;]{0,60}?\b(?:declined|refused|rebuffed|said no(?=\s*[.,;—-]|\s+to\b)|turned (?:it|them|the request|the offer|him|her) down|was told (?:no|(?:her|his|the|their) calendar was full))\b(?!\s+to\s+(?:comment|say|discuss|answer|elaborate|provide|respond|be interviewed|identify|name|release))", RegexOptions.IgnoreCase)]
    private static partial Regex DeclinedAfter();

    [GeneratedRegex(@"^(?:it|that|the (?:[\w-]+ ){0,2}?(?:meeting|demo|demonstration|briefing|presentation|session|visit|call|tour|sit-down|lunch|dinner))\s+(?:finally\s+|eventually\s+)?(?:took place|happened|was held|occurred)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ItTookPlace();

    [GeneratedRegex(@"\b(?:will|would|shall|plans to|planned to|(?<!\ba\s)(?<!\bthe\s)plan to|scheduled|is set to|are set to|set for|propos(?:e|es|ing)\b|proposed\s+(?:to|that|a|an|meeting|meetings|call|demo|briefing|visit|session|date|dates|time|times|day|days|the\s+(?:meeting|call|demo|briefing|visit|session))\b|suggest(?:s|ed|ing)?|next (?:week|month|monday|tuesday|wednesday|thursday|friday)|upcoming|tentative(?:ly)?|available|could we|can we|let's|let us|hope to|hoping to|look(?:ing)? forward to|invite|invited|would like|want to|confirm(?:ed|s)? (?:[\w.,]+ ){0,4}?for (?:the|our|a|your)|(?:call|meeting|demo|time|date|day|slot) works\b|works? for (?:me|us|you|them|everyone)|how about|if the (?:call|meeting|demo|visit)|(?:now )?on the (?:calendar|books) for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProposedWords();

    [GeneratedRegex(@"\b(?:will|would|shall)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Modal();

    // In an article, only these put an event after the article's date; a proposal reported is usually a past one.
    [GeneratedRegex(@"\b(?:will|(?:is|are)\s+(?:holding|hosting)\b(?=[^.;]{0,60}?\b(?:tonight|tomorrow|this (?:evening|weekend|afternoon)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)|is scheduled to|are scheduled to|is set to|are set to|plans to|plan to|is expected to|are expected to|next (?:week|month|monday|tuesday|wednesday|thursday|friday)|upcoming|later this (?:week|month|year)|(?:is|are|now|has been|have been)\s+(?:now\s+)?(?:scheduled|set|slated|planned|reset|booked|on the calendar|on the books)\s+for|(?:has|have)\s+(?:since\s+)?agreed to|would (?:return|come back|meet|brief|present|hold|testify|visit)|meets|convenes|(?:is|are)\s+(?:hosting|holding|convening|organi[sz]ing)|continued (?:the|its|this) (?:item|matter|hearing|vote|discussion) to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureWords();

    [GeneratedRegex(@"\b(?:met|was held|were held|took place|visited|briefed|attended|presented|hosted|(?<!\bbe )held|gave|showed|demonstrated|toured|pitched|spoke|went|came|joined|led|received|heard|convened|attended|got|voted|approved|sat|walked|flew|watched|talked|told|testified|ran (?:the|a|an|our|their)|(?<!\bas\s)discussed|as discussed (?:in|on|during|at)|following (?:up on )?(?:our|the|your|last|yesterday's|yesterday’s) (?:[\w-]+ )?(?:meeting|call|conversation|demo|visit|briefing)|(?:since|after) our (?:meeting|call|conversation|visit)|stopped by|dropped by|came by|swung by|thank(?:s| you)|followed up|last (?:week|month|monday|tuesday|wednesday|thursday|friday)|ago|yesterday|earlier this|had (?:a|an|our)|during (?:the|our)|after (?:the|our)|at (?:the|our) (?:meeting|demo)|(?<!,\s)since)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastWords();

    [GeneratedRegex(@"\b(?:(?:did not|didn't|never|has not|have not|hasn't|haven't|no|does not|doesn't|do not|don't|not to) (?:meet|met|meeting|call|demo)|(?:has not|have not|hasn't|haven't|had not|hadn't) (?:had|held|scheduled|taken) (?:a|any) (?:[\w-]+ )?(?:meeting|call|demo)|(?:is|are) not (?:taking|accepting|holding|scheduling)|not in a position to (?:take|meet|schedule|hold)|(?:paused|suspended|halted|froze) (?:all )?(?:vendor )?meetings|never (?:happened|took place|materiali[sz]ed)|(?:not|no longer) taking (?:any )?(?:vendor )?meetings|(?:return|returned|respond to|responded to|answer|answered)\s+(?:repeated\s+|several\s+|multiple\s+)?(?:phone\s+)?calls|calls?\s+(?:or|and)\s+(?:e-?mails?|messages)\s+seeking comment|calls? seeking comment)", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedWords();

    public static List<EventCandidate> Find(DocumentText doc, MentionSet mentions, IReadOnlyDictionary<string, string> employers, EmailParties? email)
    {
        var found = new List<EventCandidate>();
        var reference = (doc.Document.Date ?? DateTimeOffset.UnixEpoch).DateTime;
        var referenceDay = DateOnly.FromDateTime(reference);
        var lastRequest = -1;
        int lastMeeting = -1, lastMeetingSentence = -1, awaitingNewDate = -1;
        var newDateFollows = false;
        var sentenceIndex = -1;
        // Which sentence each candidate found by its trigger words came from.
        var toldIn = new List<(int Candidate, int Sentence)>();
        foreach (var (start, end) in doc.SentenceSpans)
        {
            sentenceIndex++;
            if (end <= doc.BodyStart - 2 && !IsSubjectLine(doc, start)) continue;
            // A hard-wrapped email breaks "not able to meet" across lines; the words are what count, and a space keeps every offset.
            var sentence = doc.Text[start..end].Replace('\n', ' ').Replace('\r', ' ');
            // "Brenner declined, ...": the request told just before was turned down; this sentence tells nothing new.
            if (Refusal().IsMatch(sentence) && lastRequest >= 0 && sentenceIndex - lastRequest <= 1 && found.FindLastIndex(c => c.Kind == EventKind.MeetingRequest) is var r and >= 0)
            {
                found[r] = found[r] with { Status = EventStatus.Cancelled, Rule = "event-request-refused" };
                continue;
            }
            if (ItWasCancelled().IsMatch(sentence.TrimStart()) && lastMeeting >= 0 && sentenceIndex - lastMeetingSentence <= 2)
            {
                found[lastMeeting] = found[lastMeeting] with { Status = EventStatus.Cancelled, Rule = "event-cancelled-after" };
                continue;
            }
            // "Anand asked Vos for a demonstration. It took place on April 18, 2019": the request told just before was met.
            var toldAt = toldIn.FindLastIndex(t => found[t.Candidate].Kind is EventKind.MeetingRequest or EventKind.Meeting or EventKind.Call);
            if (toldAt >= 0 && sentenceIndex - toldIn[toldAt].Sentence <= 2 && ItTookPlace().IsMatch(sentence.TrimStart())
                && DateResolver.Find(sentence, start, reference).Where(d => Plausible(d, doc.Document.Date)).Select(d => InNarrativeYear(doc, d, referenceDay) ?? d.Past).FirstOrDefault(d => d is not null) is { } tookPlace)
            {
                var told = toldIn[toldAt].Candidate;
                var before = found[told];
                found[told] = before with { Kind = before.Kind == EventKind.MeetingRequest ? EventKind.Meeting : before.Kind, Status = EventStatus.Held, Date = tookPlace, Rule = "event-took-place" };
                continue;
            }
            var subject = IsSubjectLine(doc, start);
            var triggers = Triggers(sentence);
            // An article's headline, repeated on its page, sums up what the body tells: its words add no event of their own.
            if (email is null && TitleAt(doc, sentence) is var titleEnd and > 0) triggers = triggers.Where(t => t.At >= titleEnd).ToList();
            // A meeting moved: the sentence says what moved, or "it" stands for the meeting the sentence before told.
            var move = subject || !(MeetingWords().IsMatch(sentence) || CallWords().IsMatch(sentence) || MovedPronoun().IsMatch(sentence)) ? Match.Empty : MoveWords().Match(sentence);
            // A subject line says what an email is (a follow-up, a request); what it names is described again in the body.
            // A reply's or forward's subject ("RE: Follow-up: ...") describes the message it answers, not itself.
            // A calendar invitation's subject names the meeting its When line dates.
            if (subject) triggers = ReplyPrefix().IsMatch(sentence) || InvitationWords().IsMatch(sentence) ? [] : triggers.Where(t => t.Kind is EventKind.FollowUp or EventKind.MeetingRequest).ToList();
            // "Subject: Follow-up from Wednesday's briefing": the email follows up a meeting held on that day, which the body may name only as "the time".
            if (subject && email is not null && triggers.Any(t => t.Kind == EventKind.FollowUp) && DayOfTheMeeting().Match(sentence) is { Success: true } followed
                && DateResolver.Find(followed.Groups["day"].Value, start + followed.Index, reference).FirstOrDefault()?.Past is { } heldOn)
            {
                var heldKind = followed.Groups["what"].Value.Equals("call", StringComparison.OrdinalIgnoreCase) ? EventKind.Call : EventKind.Meeting;
                found.Add(new EventCandidate(heldKind, EventStatus.Held, heldOn, start + followed.Index, followed.Length, $"event-{Ids.Prefix(heldKind)}-followed-up", 0.65, [.. email.Participants]));
            }
            // "## A dinner in January", "Who's meeting whom": a section heading names what the paragraphs under it tell.
            if (email is null && IsHeading(doc, start, end)) triggers = [];
            // "Could we look at Tuesday, October 21 instead?", or the date under "New time:" after the sentence that moved it.
            var insteadOfMoved = awaitingNewDate >= 0 && sentenceIndex - awaitingNewDate <= 2 && (Instead().IsMatch(sentence) || newDateFollows);
            newDateFollows = false;
            if (triggers.Count == 0 && !move.Success && !insteadOfMoved && !subject && DeclinedRequest().Match(sentence) is { Success: true } declined)
            {
                var participantsOfDecline = (IReadOnlyList<Participant>)[.. email?.Participants ?? [], .. SentenceParticipants(doc, mentions, start, end, employers)];
                // "we can't make the reception on the 30th": the day named is the one turned down, whatever else was asked.
                if (DateResolver.Find(sentence, start, reference).Where(d => Plausible(d, doc.Document.Date)).OrderBy(d => d.Start < start + declined.Index).Select(d => d.Future ?? d.Past).FirstOrDefault(d => d is not null) is { } declinedDay)
                {
                    var sameDay = found.FindLastIndex(c => c.Date is { } d && d.Start == declinedDay.Start && d.End == declinedDay.End);
                    if (sameDay >= 0) found[sameDay] = found[sameDay] with { Status = EventStatus.Cancelled, Rule = "event-request-declined" };
                    else found.Add(new EventCandidate(EventKind.MeetingRequest, EventStatus.Cancelled, declinedDay, start + declined.Index, declined.Length, "event-request-declined", 0.6, participantsOfDecline));
                    continue;
                }
                // "We must respectfully decline your request": the request told before, however far back, was turned down;
                // with none told in this message, the decline is the only trace of the request it answers.
                var asked = found.FindLastIndex(c => c.Kind == EventKind.MeetingRequest || c.Status == EventStatus.Proposed && c.Kind is EventKind.Meeting or EventKind.Call);
                if (asked >= 0) found[asked] = found[asked] with { Status = EventStatus.Cancelled, Rule = "event-request-declined" };
                else found.Add(new EventCandidate(EventKind.MeetingRequest, EventStatus.Cancelled, null, start + declined.Index, declined.Length, "event-request-declined", 0.6, participantsOfDecline));
                continue;
            }
            // "Thursday the 23rd at 10 works.": a reply taking one of the slots the quoted message offered.
            // The day of the month it names is the first one on or after the reply, on the weekday it names if it names one;
            // a weekday alone ("Thursday at 2 works") is left alone, since the offered Thursday may be weeks away. The words that
            // take the slot read as a request of their own ("Thursday the 14th works for us"), which this answer is not.
            if (email is not null && triggers.All(t => t.Kind == EventKind.MeetingRequest) && !move.Success && !insteadOfMoved && AcceptedSlot().Match(sentence.TrimStart()) is { Success: true } slot
                && DayTaken(referenceDay, int.Parse(slot.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture), slot.Groups["weekday"].Value) is { } taken)
            {
                // "Thursday the 28th at 1:00 works for us. … I'll send a video link.": the slot is taken for a call.
                var paragraphEnd = doc.Text.IndexOf("\n\n", end, StringComparison.Ordinal) is var p and >= 0 ? p : doc.Text.Length;
                var takenFor = CallLink().IsMatch(doc.Text.AsSpan(start, paragraphEnd - start)) ? EventKind.Call : EventKind.Meeting;
                found.Add(new EventCandidate(takenFor, EventStatus.Proposed, EventDate.OnDay(taken, slot.Value), start, end - start, FileEvents.AcceptedSlotRule, 0.7, [.. email.Participants]));
                continue;
            }
            if (triggers.Count == 0 && !move.Success && !insteadOfMoved || ReleaseStamp().IsMatch(sentence)) continue;
            var dates = subject ? [] : DateResolver.Find(sentence, start, reference).Where(d => Plausible(d, doc.Document.Date) && !InDateline(sentence, d.End - start)).ToList();
            var cancelled = CancelWords().IsMatch(sentence);
            // "we are not taking vendor meetings" tells no event; "the Governor will not be able to meet on March 4, and our
            // office is not scheduling vendor meetings" still turns down the day asked for.
            if (NegatedWords().IsMatch(sentence) && !(cancelled && dates.Count > 0)) continue;
            if (dates.Count == 0 && doc.Document.Date is { } written && EarlierThis().Match(sentence) is { Success: true } earlier)
            {
                // The recognizer leaves "earlier this month" unresolved; it is the document's own month.
                var day = DateOnly.FromDateTime(written.DateTime);
                var period = earlier.Groups["unit"].Value.Equals("year", StringComparison.OrdinalIgnoreCase) ? EventDate.InYear(day.Year, earlier.Value) : EventDate.InMonth(day.Year, day.Month, earlier.Value);
                dates.Add(new DateMention(start + earlier.Index, start + earlier.Index + earlier.Length, earlier.Value, period, period));
            }
            dates = JoinAlternatives(doc.Text, dates);
            var proposed = ProposedWords().IsMatch(Unquoted(sentence));
            var past = PastWords().IsMatch(sentence);
            var participants = SentenceParticipants(doc, mentions, start, end, employers);
            if (email is null && !participants.Any(p => p.Role == ParticipantRole.RepresentedOrganisation))
            {
                // "The meeting took place on June 12": the parties are those of the nearest sentence of the paragraph that names any.
                participants = [.. participants, .. NeighbourParties(doc, mentions, start, employers)];
            }
            if (email is not null) participants = [.. email.Participants, .. participants];

            // "pushed the demo from Jan. 29 to Feb. 11": the recognizer reads one span where the text gives two days.
            if (move.Success) dates = dates.SelectMany(d => FromTo().Match(d.Wording) is { Success: true } m && d.Future?.Precision == DatePrecision.Range
                ? DateResolver.Find(m.Groups["from"].Value, d.Start + m.Groups["from"].Index, reference).Concat(DateResolver.Find(m.Groups["to"].Value, d.Start + m.Groups["to"].Index, reference))
                : [d]).ToList();
            var (old, moved) = !move.Success && !insteadOfMoved ? (null, null) : insteadOfMoved && !move.Success ? (null, dates.FirstOrDefault()) : OldAndNewDates(sentence, start, move, dates);
            if (old is not null || moved is not null)
            {
                var kind = CallWords().IsMatch(sentence) && !MeetingWords().IsMatch(sentence) ? EventKind.Call : EventKind.Meeting;
                awaitingNewDate = -1;
                if (moved is not null)
                {
                    // An article tells a move after the fact: the new day is the nearer one, and took place if the sentence says so.
                    var newDate = email is null ? moved.Nearest(referenceDay) : moved.Future ?? moved.Past;
                    var held = email is null && past && newDate is { } day && day.End < referenceDay;
                    found.Add(new EventCandidate(kind, held ? EventStatus.Held : EventStatus.Proposed, newDate, start + move.Index, move.Length, FileEvents.MovedToRule, 0.65, participants));
                }
                if (old is not null)
                {
                    var oldDate = email is not null ? old.Future ?? old.Past : old.Nearest(referenceDay);
                    found.Add(new EventCandidate(kind, EventStatus.Cancelled, oldDate, start + move.Index, move.Length, FileEvents.MovedFromRule, 0.65, participants));
                    if (moved is null)
                    {
                        awaitingNewDate = sentenceIndex;
                        newDateFollows = NewDateHeading().IsMatch(sentence.TrimEnd());
                    }
                }
                // A new day offered "instead" of one already called off moves nothing else.
                else if (move.Success && lastMeeting >= 0 && sentenceIndex - lastMeetingSentence <= 2 && found[lastMeeting].Status != EventStatus.Held && found[lastMeeting].Date is { } before && (moved is null || before.Start < (moved.Future ?? moved.Past)!.Start))
                {
                    // "We had planned a work session on March 22. That session has been moved to March 24." A meeting already held is not what moved.
                    found[lastMeeting] = found[lastMeeting] with { Status = EventStatus.Cancelled, Rule = FileEvents.MovedFromRule };
                }
                continue;
            }

            // "Separately, I have to move our in-person meeting.": the day it had is called off; the new one comes after.
            var movingAway = move.Success && dates.Count == 0 && MustMove().IsMatch(sentence);

            // "Two days later, Bellamy followed up … 'Action items from Wednesday'": a count opening the sentence dates what it tells;
            // the dates inside name the earlier event.
            var opening = DaysLater().Match(sentence);
            var opensWithCount = opening is { Success: true, Index: <= 3 };
            // "Three days after the City Council's April 14 session, …": the event the count starts from is told before the comma, with its own day.
            var countedFromEnd = opensWithCount && opening.Value.TrimEnd().EndsWith("after", StringComparison.OrdinalIgnoreCase) ? sentence.IndexOf(',', StringComparison.Ordinal) : -1;
            // "Two weeks after the contract was signed, on January 23, Halvard hosted …": a day written out after the count is the day itself.
            if (countedFromEnd > 0 && dates.Any(d => d.Start - start > countedFromEnd && DayOfMonthNamed().IsMatch(d.Wording))) opensWithCount = false;
            // Each date belongs to the event word nearest before it in its clause ("will not be able to meet with Corvid on
            // February 3, and a call beforehand …"), or failing one, to the event word nearest to it.
            var owner = dates.ToDictionary(d => d, d => OwnerOf(sentence, d.Start - start, d.End - start, triggers));
            foreach (var (foundKind, at, length) in triggers)
            {
                var kind = foundKind == EventKind.MeetingRequest && CallWords().IsMatch(sentence.AsSpan(at, Math.Min(sentence.Length - at, length + 30))) ? EventKind.Call : foundKind;
                // "briefed subcommittee members by phone on April 22": a briefing held as a call.
                if (kind == EventKind.Meeting && ByPhone().IsMatch(sentence.AsSpan(at + length, Math.Min(sentence.Length - at - length, 50)))) kind = EventKind.Call;
                var clause = ClauseOf(sentence, at, triggers);
                var unquotedClause = Unquoted(clause);
                if (!ReferenceEquals(clause, sentence))
                {
                    cancelled = CancelWords().IsMatch(clause);
                    proposed = ProposedWords().IsMatch(unquotedClause);
                    past = PastWords().IsMatch(clause);
                }
                // "met with leaders of the union on Tuesday to hear concerns about a program that is expected to …": the event word's
                // own tense wins over the future of a clause about something else.
                var pastTrigger = PastTrigger().IsMatch(sentence.AsSpan(at, length));
                if (pastTrigger)
                {
                    past = true;
                    proposed = false;
                }
                var futureWords = FutureWords().IsMatch(unquotedClause);
                var rule = $"event-{Ids.Prefix(kind)}-words";
                // "proposed the session in an email on June 6": the day of the asking, not of the meeting asked for.
                var owned = dates.Where(d => owner[d] == at && !DateOfTheSaying().IsMatch(doc.Text[Math.Max(start, d.Start - 30)..d.Start]) && !(kind is EventKind.MeetingRequest && (DateOfTheAsking().IsMatch(doc.Text[Math.Max(start, d.Start - 40)..d.Start]) || AskedWhen(sentence, at, length, d.Start - start)))).ToList();
                var date = MostPrecise(owned, start + at);
                EventDate? when = null;
                // "Tracewell followed up by letter dated May 6": an email telling someone else's follow-up dates it by the text.
                var narrated = kind == EventKind.FollowUp && date is not null && NarratedFollowUp().IsMatch(sentence.AsSpan(at));
                if (kind == EventKind.FollowUp && email is not null && doc.Document.Date is { } sent && !narrated)
                {
                    // An email that follows up is dated by when it was sent.
                    when = EventDate.OnDay(DateOnly.FromDateTime(sent.DateTime), "the email's Date header");
                }
                // "Amundsen followed up two days later with a letter …": the count dates the follow-up; other dates in the sentence tell what it said.
                else if (date is not null && !(opensWithCount && at > countedFromEnd) && !(kind == EventKind.FollowUp && DaysLater().Match(sentence, at + length) is { Success: true } count && count.Index - at - length <= 3))
                {
                    var ahead = futureWords && !pastTrigger;
                    when = (kind != EventKind.MeetingRequest && !ahead && !(proposed && !past) ? InNarrativeYear(doc, date, referenceDay) : null)
                        ?? Reading(date, kind, foundKind, email is not null, cancelled, proposed, past, ahead, referenceDay);
                }
                // "had asked in February to meet with the district, but CRTD declined": the request and its answer in one sentence.
                if (foundKind == EventKind.MeetingRequest && DeclinedAfter().IsMatch(sentence.AsSpan(at + length))) cancelled = true;
                var status = kind switch
                {
                    EventKind.FollowUp or EventKind.Publication => EventStatus.Held,
                    _ when cancelled || movingAway => EventStatus.Cancelled,
                    EventKind.MeetingRequest => EventStatus.Proposed,
                    _ when foundKind == EventKind.MeetingRequest => EventStatus.Proposed,
                    _ when when is not null && when.Start > referenceDay => EventStatus.Proposed,
                    // "floated the idea at a community meeting on Jan. 10, where … who would see the footage": an article's "would"
                    // about a day already past reports what was said, not a meeting still to come.
                    _ when proposed && !past && !(email is null && when is not null && when.End < referenceDay && !ProposedWords().IsMatch(Modal().Replace(unquotedClause, "_"))) => EventStatus.Proposed,
                    // "Happy to take the meeting": an email that names a meeting with no day and no past tense looks ahead.
                    _ when email is not null && when is null && !past && kind is EventKind.Meeting or EventKind.Call => EventStatus.Proposed,
                    _ => EventStatus.Held,
                };
                // "a three-day demonstration starting Sept. 8": the days it lasted, from the one written.
                if (when is { Precision: DatePrecision.Day } && kind is EventKind.Meeting or EventKind.MeetingRequest && MultiDay().Match(sentence) is { Success: true } multiDay)
                {
                    when = EventDate.Between(when.Start, when.Start.AddDays(CountOf(multiDay.Groups["n"].Value) - 1), when.Wording);
                }
                // "We expect to issue the final report in October": not made public yet.
                if (kind == EventKind.Publication && PublicationToCome().IsMatch(sentence[Math.Max(0, at - 40)..Math.Min(sentence.Length, at + length)])) continue;
                // "told the board", "a vendor conference": a session worth an event of its own only when the sentence dates it.
                if (kind == EventKind.Meeting && when is null && WeakMeetingWords().IsMatch(sentence.AsSpan(at, length))) continue;
                // "the Department is not able to meet …, so we must respectfully decline your request": the request turned down.
                if (status == EventStatus.Cancelled && when is null && kind is EventKind.Meeting && DeclinedRequest().IsMatch(sentence)) kind = EventKind.MeetingRequest;
                var candidate = new EventCandidate(kind, status, when, start + at, length, movingAway && when is null ? FileEvents.MovedFromRule : rule, 0.7, participants);
                if (kind == EventKind.MeetingRequest) lastRequest = sentenceIndex;
                // "we need to cancel tomorrow's demonstration. Could we look at Tuesday, October 21 instead?"
                if (status == EventStatus.Cancelled && (when is not null || movingAway) && kind is EventKind.Meeting or EventKind.Call) awaitingNewDate = sentenceIndex;
                if (kind is EventKind.Meeting or EventKind.Call or EventKind.MeetingRequest && when is not null)
                {
                    lastMeeting = found.Count;
                    lastMeetingSentence = sentenceIndex;
                }
                // "followed up two days after the visit": the days date the follow-up, not the visit.
                if (when is null && RelativeDays(sentence) is { } relative && (kind == EventKind.FollowUp || !triggers.Any(t => t.Kind == EventKind.FollowUp)))
                {
                    candidate = candidate with { DaysAfter = relative };
                }
                toldIn.Add((found.Count, sentenceIndex));
                found.Add(candidate);
                // "met with NRC staff on four occasions: November 14, 2024; December 3, 2024; January 9, 2025; and February 20, 2025": one meeting a day.
                // "sat down with SoundGrid's lawyers on April 3 and again on April 10", "met with Adeyemi on May 22 and with Pruitt on June 3": two.
                var twoOccasions = owned.Count == 2 && owned[0].End < owned[1].Start && AndAgainOn().IsMatch(doc.Text[owned[0].End..owned[1].Start]);
                if (kind is EventKind.Meeting or EventKind.Call && when is not null && (owned.Count >= 3 || twoOccasions) && owned.All(d => d.Past?.Precision == DatePrecision.Day))
                {
                    foreach (var other in owned.Where(d => d != date))
                    {
                        var otherWhen = Reading(other, kind, foundKind, email is not null, cancelled, proposed, past, futureWords, referenceDay);
                        found.Add(candidate with { Date = otherWhen, Status = otherWhen is not null && otherWhen.Start > referenceDay ? EventStatus.Proposed : status });
                    }
                }
            }
            // "agreed to meet next Thursday …, after turning down the group's request for a February meeting": a second
            // request, turned down, told inside a sentence whose event words name the first.
            if (triggers.Count > 0 && TurnedDownRequest().Match(sentence) is { Success: true } turnedDown && triggers.All(t => t.At < turnedDown.Index))
            {
                var asked = dates.Where(d => d.Start >= start + turnedDown.Index && d.End <= start + turnedDown.Index + turnedDown.Length).Select(d => d.Past).FirstOrDefault(d => d is not null);
                found.Add(new EventCandidate(EventKind.MeetingRequest, EventStatus.Cancelled, asked, start + turnedDown.Index, turnedDown.Length, "event-request-turned-down", 0.6, participants));
            }
        }
        DateFromNeighbours(doc, found, toldIn, reference, email is not null);
        if (email is not null && CalendarInvite(doc, email, reference) is { } invite) found.Add(invite);
        return found;
    }

    // "Wednesday's briefing", "yesterday's CityLoom walkthrough": a meeting named by the day it was held.
    [GeneratedRegex(@"\b(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)['’]s\s+(?:[\w-]+\s+){0,3}?(?<what>" + MovableThing + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayOfTheMeeting();

    // "moved this week", "pushed that morning": a time, not the meeting that moved.
    private const string NotATime = @"(?!\s+(?:week|month|year|morning|afternoon|evening|day|spring|summer|fall|autumn|winter|quarter|time|term|session)\b)";

    // What a meeting is called when it is moved: "move the kickoff", "push Thursday's brief", "our sit-down has been moved".
    private const string MovableThing = @"meeting|training|demo|demonstration|call|briefing|brief|presentation|session|workshop|visit|walkthrough|walk-through|kickoff|kick-off|sit-down|site walk|ride-along|check-in|lunch|dinner|coffee|tour|roundtable|appointment|interview|hearing|vote";

    // "moved to Thursday", "rescheduled for Feb. 6", "push the demo back to", "need to move Thursday's demo", "the session has been moved":
    // moving a meeting, not a person moving to a new job or a company pushing for a law.
    [GeneratedRegex(@"\b(?:reschedul(?:e|ed|es|ing)|postpon(?:e|ed|es|ing)|(?:move[sd]?|moving|push(?:ed|es|ing)?|bump(?:ed|ing)?|shift(?:ed|ing)?|reset(?:ting|s)?)\s+(?:(?:back|up)\s+)?(?:(?:the|our|your|their|its|his|her|this|that|next\s+week's|\w+'s|\w+’s)\s+)?(?:[\w-]+\s+){0,2}?(?:" + MovableThing + @"|it|that|this|them)\b" + NotATime + @")|\b(?:" + MovableThing + @"|it|that|this)\s+(?:has|had|have)?\s*(?:been|was|were|is being|will be|got)\s+(?:moved|pushed|bumped|shifted|reset)\b|\b(?:" + MovableThing + @")\s+(?:is|are)\s+(?:moving|shifting)\s+(?:from|to)\b|\b(?:has|have|had)\s+been\s+(?:moved|pushed(?:\s+back)?|rescheduled|postponed|bumped|shifted)\s+(?:to|until|back)\b|\b(?:originally|initially|first)\s+(?:been\s+)?(?:set|scheduled|planned|slated)\s+for\b|\b(?:have|has|need|needs)\s+to\s+(?:move|push|reschedule|bump)\s+(?:this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|the\s+\d{1,2}(?:st|nd|rd|th))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoveWords();

    [GeneratedRegex(@"\b(?:move[sd]?|moving|push(?:ed|es|ing)?|reschedul(?:e|ed|es|ing)|postpon(?:e|ed|es|ing)|bump(?:ed|ing)?)\s+(?:it|that|this|them)\b" + NotATime + @"|\b(?:it|that|this)\s+(?:has been|had been|was|is being|will be)\s+(?:moved|rescheduled|postponed|pushed)\b|\b(?:session|vote|hearing|reading)\b|\b(?:have|has|need|needs)\s+to\s+(?:move|push|reschedule|bump)\s+(?:this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|the\s+\d{1,2}(?:st|nd|rd|th))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MovedPronoun();

    // "I have to move", "had to push back", "could we reschedule": someone moving a meeting now, not a move told or denied.
    [GeneratedRegex(@"\b(?:(?:have|has|had|need|needs|needed|going)\s+to|must|could\s+(?:we|I)|can\s+(?:we|I))\s+(?:move|push|reschedule|postpone|bump|shift)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MustMove();

    // "Could we do Tuesday the 18th instead?": the new date of a meeting the sentence before moved ("I'd rather not" says no day).
    [GeneratedRegex(@"\b(?:instead|rather(?!\s+not\b)|same time|work for you|works for you|could we do|can we do|how about|would .{0,20} work)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instead();

    // "move the demonstration planned for Tuesday, March 18": the plan the move undoes, unless it is the one now in place.
    [GeneratedRegex(@"\b(?:(?:originally|first|initially|previously)\s+(?:been\s+)?|had\s+been\s+)(?:set|scheduled|planned|slated|booked|due|expected)\s+(?:for|on)?\s*(?:the\s+)?$|(?<=\b(?:" + MovableThing + @")\s+)(?:planned|scheduled|set|slated|booked)\s+(?:for|on)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalDate();

    // "decline your request", "turned down the invitation", "the request was rejected": a request answered no.
    [GeneratedRegex(@"\b(?:declin(?:e|ed|ing)|turn(?:ed|ing|s)? down|reject(?:ed|ing|s)?|refus(?:e|ed|ing))\s+(?:your|the|their|his|her|its|our|this|that|a|an)\s+(?:[\w-]+\s+){0,2}?(?:request|invitation|invite|offer|proposal)s?\b|\b(?:request|invitation|offer)\s+(?:was|has been|had been|is being)\s+(?:declined|turned down|rejected|refused)\b|\b(?:have|has|had|need|needs|going)\s+to\s+(?:respectfully\s+|politely\s+|regretfully\s+)?(?:decline|cancel)\b(?!\s+to\b)|\b(?:must|will|shall|['’]ll)\s+(?:respectfully\s+|politely\s+|regretfully\s+)?decline\b(?!\s+to\b)|\bdeclin(?:e|ing)\s+(?:the|your|this|that|our)\s+(?:[\w-]+\s+){0,2}?(?:meeting|workshop|demo|demonstration|briefing|visit|call|session|lunch|dinner|reception|tour|walkthrough)s?|\b(?:have to|need to|going to|must|will|['’]ll)\s+(?:also\s+|just\s+|respectfully\s+|regretfully\s+|have\s+to\s+)?pass\s+on\b|\b(?<!\bif\s+(?:[\w']+\s+){0,3})(?:can['’]t|cannot|can not|won['’]t be able to|will not be able to)\s+(?:make|do)\s+the\b\b|\b(?:I|we)\s+(?:have\s+|had\s+|already\s+)?declined\b(?!\s+to\b)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeclinedRequest();

    [GeneratedRegex(@"\b(?:will|expects? to|expected to|plans? to|planned to|once|due out|forthcoming|upcoming|should be (?:ready|out))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublicationToCome();

    [GeneratedRegex(@"^(?:(?<weekday>monday|tuesday|wednesday|thursday|friday),?\s+(?:the\s+)?|the\s+)(?<day>\d{1,2})(?:st|nd|rd|th)?\b[^.?!]{0,30}?(?<!\bno longer\s|\bnot\s|n't\s)\b(?:works|is fine|is good|suits us)\b(?!\s+(?:for\s+(?:me|us)\s+)?(?:if|only|but)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AcceptedSlot();

    private static DateOnly? DayTaken(DateOnly reply, int day, string weekday)
    {
        for (var d = reply; d <= reply.AddDays(62); d = d.AddDays(1))
        {
            if (d.Day == day && (weekday.Length == 0 || d.DayOfWeek.ToString().Equals(weekday, StringComparison.OrdinalIgnoreCase))) return d;
        }
        return null;
    }

    [GeneratedRegex(@"^,?\s+and\s+(?:again\s+)?(?:with\s+[^.;]{1,80}?\s+)?on\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AndAgainOn();

    [GeneratedRegex(@"\b(?:turn(?:ed|ing)\s+down|declin(?:ed|ing)|reject(?:ed|ing)|refus(?:ed|ing)|rebuff(?:ed|ing))\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}'’.-]+\s+){0,5}?(?:request|invitation|offer)s?\s+(?:for|to)\s+(?:(?:a|an|another)\s+)?(?:[\p{L}.]+\s+){0,3}?(?:meeting|meet|sit-down|briefing|demo|demonstration|call|visit|tour)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TurnedDownRequest();

    [GeneratedRegex(@"\b(?:video|zoom|teams|webex|meeting|call-in|dial-in)\s+(?:link|invite|invitation|details|number|bridge)\b|\bdial-in\b|\bsame bridge\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallLink();

    [GeneratedRegex(@"^from\s+(?<from>.+?)\s+(?:to|until|till)\s+(?<to>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"\bnew (?:time|date|day|slot|times|dates)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex NewDateHeading();

    // The word before a moved meeting's new date: "to", "for", "until", "back to".
    [GeneratedRegex(@"\b(?:to|for|until|till|til)\s+(?:the\s+)?(?:\w+(?:'s|’s)\s+)?(?:week\s+of\s+|sometime\s+(?:the\s+)?(?:week\s+of\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeNewDate();

    /// <summary>
    /// The date a meeting was moved from and the date it was moved to: the new one follows "to" or
    /// "for", or is offered "instead"; the old one is the day written nearest the moving verb.
    /// </summary>
    private static (DateMention? Old, DateMention? New) OldAndNewDates(string sentence, int start, Match move, List<DateMention> dates)
    {
        // "briefed her on Feb. 12, after a briefing originally set for Feb. 6 was postponed": the words before the old date say so.
        if (dates.FirstOrDefault(d => OriginalDate().IsMatch(sentence[Math.Max(0, d.Start - start - 40)..(d.Start - start)])) is { } original)
        {
            return (original, dates.FirstOrDefault(d => d != original && d.Future?.Precision == DatePrecision.Day));
        }
        var moved = dates.FirstOrDefault(d => d.Start - start > move.Index && BeforeNewDate().IsMatch(sentence[Math.Max(0, d.Start - start - 40)..(d.Start - start)]));
        var others = dates.Where(d => d != moved).ToList();
        var old = others.Where(d => d.Future?.Precision == DatePrecision.Day).MinBy(d => Math.Abs(d.Start - start - move.Index)) ?? others.FirstOrDefault();
        if (moved is null && Instead().Match(sentence, move.Index) is { Success: true })
        {
            moved = others.LastOrDefault(d => d != old && d.Start - start > move.Index && d.Future?.Precision == DatePrecision.Day && (old?.Future is null || d.Future.Start > old.Future.Start));
        }
        return (old, moved);
    }

    /// <summary>
    /// "We are both free on March 4. Would a demo work then?": a proposal or a publication with no
    /// date of its own takes the date of the sentence just before or after it in the same paragraph,
    /// when that sentence tells no event of its own.
    /// </summary>
    private static void DateFromNeighbours(DocumentText doc, List<EventCandidate> found, List<(int Candidate, int Sentence)> toldIn, DateTime reference, bool email)
    {
        var tellsEvents = toldIn.Select(t => t.Sentence).ToHashSet();
        foreach (var (index, k) in toldIn)
        {
            var c = found[index];
            var proposal = c.Status == EventStatus.Proposed && c.Kind is EventKind.MeetingRequest or EventKind.Meeting or EventKind.Call;
            if (c.Date is not null || c.DaysAfter is not null || !proposal && c.Kind != EventKind.Publication) continue;
            foreach (var neighbour in new[] { k - 1, k + 1 })
            {
                if (neighbour < 0 || neighbour >= doc.SentenceSpans.Count || tellsEvents.Contains(neighbour)) continue;
                var (start, end) = doc.SentenceSpans[neighbour];
                // "Would any of these work?" with the slots listed below it.
                var listBelow = neighbour == k + 1 && doc.Text[doc.SentenceSpans[k].Start..doc.SentenceSpans[k].End].TrimEnd().EndsWith('?') && ListItem().IsMatch(doc.Text.AsSpan(start, Math.Min(4, end - start)));
                if (end <= doc.BodyStart || !listBelow && ParagraphBreakBetween(doc.Text, doc.SentenceSpans[Math.Min(k, neighbour)].End, doc.SentenceSpans[Math.Max(k, neighbour)].Start)) continue;
                var dates = DateResolver.Find(doc.Text[start..end], start, reference).Where(d => Plausible(d, doc.Document.Date)).ToList();
                if (dates.Count == 0) continue;
                // "The week of April 19 is best for us, either Tuesday the 20th or Thursday the 22nd": the first day offered inside the week.
                var date = MostPrecise(JoinAlternatives(doc.Text, dates), start) ?? dates[0];
                // "After the commission's vote on April 16, … We would like to see a demonstration": in an email, a day that
                // read forward would be most of a year away has already passed; it tells what happened, not the day proposed.
                if (proposal && email && date.Past is { } before && before.End < DateOnly.FromDateTime(reference) && date.Future is { } ahead && ahead.Start.DayNumber - DateOnly.FromDateTime(reference).DayNumber > 180) continue;
                var when = c.Kind == EventKind.Publication ? date.Past ?? date.Future : email ? date.Future ?? date.Past : date.Nearest(DateOnly.FromDateTime(reference));
                found[index] = c with { Date = when, Rule = c.Rule + "-dated-by-neighbour" };
                break;
            }
        }
    }

    /// <summary>
    /// "told 150 tenants that \"no family will lose assistance\"": what someone is quoted as saying
    /// does not set the tense of the event the sentence tells.
    /// </summary>
    private static string Unquoted(string text) => Quotation().Replace(text, m => new string(' ', m.Length));

    [GeneratedRegex(@"“[^”]{3,}”|""[^""]{3,}""")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"^\s*(?:[-*•]|\d{1,2}[.)])\s")]
    private static partial Regex ListItem();

    /// <summary>Where the paragraph holding <paramref name="at"/> starts: after the blank line before it, or at the top.</summary>
    private static int ParagraphStart(string text, int at) => text.LastIndexOf("\n\n", Math.Max(0, at - 1), StringComparison.Ordinal) is var p and >= 0 ? p + 2 : 0;

    private static bool ParagraphBreakBetween(string text, int from, int to) => from < to && text.AsSpan(from, to - from).Contains("\n\n", StringComparison.Ordinal);

    /// <summary>
    /// Which year "June 12" means. Follow-ups and publications are behind the writer. An email's
    /// requests, proposals and cancellations look ahead; an article reports events after the fact
    /// unless its words look ahead, and a request it reports may go either way. Otherwise the tense
    /// decides, and failing that the nearer date.
    /// </summary>
    private static EventDate? Reading(DateMention date, EventKind kind, EventKind foundKind, bool email, bool cancelled, bool proposed, bool past, bool future, DateOnly reference)
    {
        if (kind is EventKind.FollowUp or EventKind.Publication) return date.Past;
        if (!email) return future ? date.Future : foundKind == EventKind.MeetingRequest || proposed && !past ? date.Nearest(reference) : !past ? date.Reported(reference) : date.Past;
        if (foundKind == EventKind.MeetingRequest || cancelled || proposed && !past) return date.Future;
        if (past && !proposed) return date.Past;
        return date.Nearest(reference);
    }

    /// <summary>
    /// "In March 2021, … On March 24, Sato and two engineers sat down with Raman": a story told in an
    /// earlier year than the document's keeps to the year its paragraph last named.
    /// </summary>
    private static EventDate? InNarrativeYear(DocumentText doc, DateMention date, DateOnly reference)
    {
        if (Year().IsMatch(date.Wording) || !MonthName().IsMatch(date.Wording) || date.Past is not { Precision: DatePrecision.Day or DatePrecision.Month or DatePrecision.Range } past) return null;
        var paragraphStart = Math.Max(doc.BodyStart, ParagraphStart(doc.Text, date.Start));
        if (paragraphStart >= date.Start || NarrativeYear().Matches(doc.Text[paragraphStart..date.Start]).LastOrDefault() is not { } told) return null;
        var years = int.Parse(told.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) - past.Start.Year;
        if (years >= 0 || past.Start.Year + years >= reference.Year) return null;
        return past with { Start = past.Start.AddYears(years), End = past.End.AddYears(years) };
    }

    [GeneratedRegex(@"\b(?:in|since|during|by|early|late|mid-?|of|spring|summer|fall|autumn|winter)\s+(?<y>(?:19|20)\d{2})\b|(?-i:\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?:\d{1,2},?\s+)?(?<y>(?:19|20)\d{2})\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NarrativeYear();

    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    /// <summary>Where the article's title ends, when the sentence opens with it.</summary>
    private static int TitleAt(DocumentText doc, string sentence)
    {
        // A bare text's title is its own first line, which is body, not a headline.
        if (!doc.Document.Metadata.ContainsKey("title")) return 0;
        var title = doc.Document.Title.Trim();
        var opening = sentence.TrimStart();
        return title.Length > 20 && opening.StartsWith(title, StringComparison.Ordinal) ? sentence.Length - opening.Length + title.Length : 0;
    }

    /// <summary>A short line of its own with no closing punctuation.</summary>
    private static bool IsHeading(DocumentText doc, int start, int end)
    {
        var line = doc.Text[start..end].Trim();
        if (line.Length == 0 || line.Contains('\n', StringComparison.Ordinal) || ".?!:;,\"”)'’".Contains(line[^1], StringComparison.Ordinal)) return false;
        // A list item or a line a writer wrapped ("- February 12, 2024: briefing for Councilmember Ruth Adebayo and") goes on below.
        if (!(char.IsUpper(line[0]) || line[0] == '#') || ContinuedLine().IsMatch(line)) return false;
        var before = doc.Text.AsSpan(0, start).TrimEnd(" \t#");
        var after = doc.Text.AsSpan(end).TrimStart(" \t");
        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12
            && (before.IsEmpty || before[^1] == '\n') && (after.IsEmpty || after[0] is '\n' or '\r');
    }

    [GeneratedRegex(@"\b(?:and|or|the|of|to|for|with|a|an|in|on|at|by)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuedLine();

    private static bool IsSubjectLine(DocumentText doc, int start) => doc.Text.AsSpan(start).StartsWith("Subject: ");

    [GeneratedRegex(@"^Subject:\s*(?:re|fw|fwd|aw)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();

    // A stamp line of a released page ("FOIA Request 2018-ICFO-41327 | Released by ICE | Bates ..."), not prose about a release;
    // a correction note, which dates the correction, not what it corrects.
    [GeneratedRegex(@"(?:^|\|\s*)(?:FOIA|FOIPA|Bates|Released by|Request No|Case No|Page \d+ of \d+)|^\s*(?:Correction|Clarification|Editor['’]s note)\b")]
    private static partial Regex ReleaseStamp();

    // "the next day" counts from the event just told, not from the day the document was written.
    // "after 1 p.m." is a time of day, not a count from another event.
    [GeneratedRegex(@"\b(?:later|after(?!\s+(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|noon|lunch))|afterwards|before(?!\s+(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|noon|lunch))|prior|following)\b|\bnext (?:day|morning|afternoon|evening)\b|\b(?:that|the same) (?:morning|afternoon|evening|day|night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeToAnotherEvent();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b")]
    private static partial Regex DayOfMonthNamed();

    [GeneratedRegex(@"\b(?:the (?:next|following) (?<unit>day|week)|the (?<unit>day) after(?=\s*,)|the (?:morning|day) after (?=the\b)|(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?<unit>days?|weeks?) (?:later|after(?:wards?)?\b)|the (?:next|following) (?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the (?<weekday>monday|tuesday|wednesday|thursday|friday) after (?=the|that|this|our|their|its)|(?<same>(?:later )?that (?:morning|afternoon|evening|day|night)|the same day))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DaysLater();

    [GeneratedRegex(@"\bafter (?:the|that|this|their|our) [\w\s-]{0,40}?\b(?:ended|wrapped up|concluded|was over|finished)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterItEnded();

    [GeneratedRegex(@"\b(?<n>two|three|four|five|2|3|4|5)[- ]day\b", RegexOptions.IgnoreCase)]
    private static partial Regex MultiDay();

    /// <summary>"a", "two", "3": how many days or weeks a phrase counts.</summary>
    private static int CountOf(string number) =>
        number.Length == 0 || number.Equals("a", StringComparison.OrdinalIgnoreCase) || number.Equals("an", StringComparison.OrdinalIgnoreCase) ? 1
        : int.TryParse(number, out var n) ? n : Array.IndexOf(Numbers, number.ToLowerInvariant());

    // "two days after the rooftop demo": the kind of event the count starts from.
    [GeneratedRegex(@"\bafter (?:the|that|this|their|our|its) (?:[\w-]+ ){0,2}?(?<noun>demo|demonstration|visit|meeting|briefing|presentation|call|tour|workshop|session|pitch)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterNamedEvent();

    // "in a letter dated", "offered in late November to bring …": when the asking was done, not the day asked for.
    [GeneratedRegex(@"\b(?:in|by|via)\s+(?:an?|the|her|his|their|its)\s+(?:email|e-mail|letter|message|note|memo|voicemail)(?:\s+(?:sent|dated))?(?:\s+on)?\s*$|\b(?:offered|asked|requested|proposed|invited)\s+(?:in|on)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOfTheAsking();

    /// <summary>"In February, the union asked for a meeting", "asked DHS on Monday to brief": the day of the asking, told before or inside the words that ask.</summary>
    private static bool AskedWhen(string sentence, int at, int length, int dateAt) =>
        dateAt < at + length && AskingVerb().IsMatch(sentence.AsSpan(at));

    [GeneratedRegex(@"^(?:ask|request|sought|press|urg)", RegexOptions.IgnoreCase)]
    private static partial Regex AskingVerb();

    [GeneratedRegex(@"^followed up\b", RegexOptions.IgnoreCase)]
    private static partial Regex NarratedFollowUp();

    // "the sheriff's office said Wednesday it had agreed to meet": the day of the telling, not of the meeting.
    [GeneratedRegex(@"\b(?:said|says|told\s+[\w.]+|announced|confirmed|added|acknowledged)\s+(?:on\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOfTheSaying();

    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    [GeneratedRegex(@"\b(?:earlier|late|later|early) this (?<unit>month|year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierThis();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .,'’-]+,[^—]{0,30}$")]
    private static partial Regex DatelinePlace();

    /// <summary>"WASHINGTON, Aug. 14, 2018 — ...": the date of filing, not of anything the story tells.</summary>
    private static bool InDateline(string sentence, int dateEnd)
    {
        var dash = sentence.IndexOf('—', StringComparison.Ordinal);
        if (dash < 0) dash = sentence.IndexOf(" -- ", StringComparison.Ordinal);
        return dash > 0 && dash < 60 && dateEnd <= dash + 1 && DatelinePlace().IsMatch(sentence[..dash].TrimEnd());
    }

    /// <summary>"two days later", "the next day", "a week after the visit": days after the event the text told before.</summary>
    private static DaysAfterEvent? RelativeDays(string sentence)
    {
        if (DaysLater().Match(sentence) is not { Success: true } m) return null;
        var after = AfterNamedEvent().Match(sentence) is { Success: true } named ? named.Groups["noun"].Value.ToLowerInvariant() : null;
        var fromEnd = AfterItEnded().IsMatch(sentence);
        if (m.Groups["same"].Success) return new DaysAfterEvent(0, null, m.Value, fromEnd, after);
        if (m.Groups["weekday"].Success) return new DaysAfterEvent(0, Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true), m.Value, fromEnd, after);
        var n = CountOf(m.Groups["n"].Value);
        var days = m.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 * n : n;
        return days > 0 ? new DaysAfterEvent(days, null, m.Value, fromEnd, after) : null;
    }

    /// <summary>
    /// Dates a reporter would accept: not counted from some other event ("two days later"), within
    /// a sensible span of the document's date, and, for a document with no date, written with a year.
    /// </summary>
    private static bool Plausible(DateMention date, DateTimeOffset? documentDate)
    {
        // "the following Monday, Dec. 16" names its own day; "the following Monday" alone is counted from another event.
        if (RelativeToAnotherEvent().IsMatch(date.Wording) && !DayOfMonthNamed().IsMatch(date.Wording) || NotADay().IsMatch(date.Wording)) return false;
        if (documentDate is null) return Year().IsMatch(date.Wording) && date.Past == date.Future;
        var year = date.Past?.Start.Year ?? date.Future!.Start.Year;
        return year >= 1990 && year <= documentDate.Value.Year + 5;
    }

    /// <summary>The kinds of event a sentence speaks of, each once, at the first word that says it.</summary>
    [GeneratedRegex(@"(?:,\s+(?:and|but|while|whereas)\s|;\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    // "is now firmly March 12", "previously expected June 12": "now" and "previously" say the plan changed, they date nothing.
    [GeneratedRegex(@"^(?:now|right now|currently|at the moment|at present|previously|recently|formerly|lately)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotADay();

    [GeneratedRegex(@"\b(?:has invited you|invited you to|Invitation:|Updated invitation:|Calendar invitation)", RegexOptions.IgnoreCase)]
    private static partial Regex InvitationWords();

    // "When:" only: a forwarded message's "Date:" header is when it was sent, not when anyone meets.
    [GeneratedRegex(@"^\s*When:[ \t]*(?<when>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex WhenLine();

    /// <summary>
    /// A calendar invitation ("Ben Achterberg has invited you to the following event … When: Tuesday
    /// Mar 19, 2024 2pm"): the meeting it invites to, on the day its When line gives.
    /// </summary>
    private static EventCandidate? CalendarInvite(DocumentText doc, EmailParties email, DateTime reference)
    {
        if (!InvitationWords().IsMatch(doc.Text) || WhenLine().Match(doc.Text, doc.BodyStart) is not { Success: true } line) return null;
        var at = line.Groups["when"].Index;
        if (DateResolver.Find(line.Groups["when"].Value, at, reference).FirstOrDefault(d => d.Future is not null || d.Past is not null) is not { } date) return null;
        var when = date.Future ?? date.Past;
        var kind = CallWords().IsMatch(doc.Document.Title) ? EventKind.Call : EventKind.Meeting;
        var status = when!.Start < DateOnly.FromDateTime(reference) ? EventStatus.Held : EventStatus.Proposed;
        return new EventCandidate(kind, status, when, at, line.Groups["when"].Length, "event-calendar-invitation", 0.8, email.Participants);
    }

    /// <summary>The clause of the sentence the event word stands in, when the sentence tells more than one meeting.</summary>
    private static string ClauseOf(string sentence, int at, List<(EventKind Kind, int At, int Length)> triggers)
    {
        if (triggers.Count(t => t.Kind is EventKind.Meeting or EventKind.Call) < 2) return sentence;
        var from = ClauseBreak().Matches(sentence[..at]).LastOrDefault() is { } before ? before.Index : 0;
        var to = ClauseBreak().Match(sentence, at) is { Success: true } after ? after.Index : sentence.Length;
        return sentence[from..to];
    }

    private static List<(EventKind Kind, int At, int Length)> Triggers(string sentence)
    {
        var triggers = new List<(EventKind, int, int)>();
        void Add(EventKind kind, Regex pattern)
        {
            if (pattern.Match(sentence) is { Success: true } m) triggers.Add((kind, m.Index, m.Length));
        }
        Add(EventKind.FollowUp, FollowUpWords());
        Add(EventKind.MeetingRequest, RequestWords());
        Add(EventKind.Publication, PublicationWords());
        var request = triggers.Any(t => t.Item1 == EventKind.MeetingRequest);
        // "Thank you for the call on Tuesday" speaks of the call as well as following it up.
        // "A week after the demo, they spoke by phone": a meeting named only to date another event is not an event of this sentence.
        var meeting = MeetingWords().Match(sentence);
        // "Can we do a quick call Monday to walk through it?", "thanks for making time for yesterday's call": the call is the event.
        var forCall = CallWords().IsMatch(sentence);
        while (meeting.Success && (Anchor(sentence, meeting) || forCall && MeetingPurpose().IsMatch(meeting.Value))) meeting = meeting.NextMatch();
        // "Building on the demo our team gave in August, we'd like to walk you through …": a past meeting, then the request.
        var requestAt = request ? triggers.First(t => t.Item1 == EventKind.MeetingRequest).Item2 : -1;
        var heldBeforeRequest = request && meeting.Success && meeting.Index + meeting.Length < requestAt && PastWords().IsMatch(sentence[(meeting.Index + meeting.Length)..requestAt]);
        if (!request && meeting.Success || heldBeforeRequest)
        {
            triggers.Add((EventKind.Meeting, meeting.Index, meeting.Length));
            // "… met with Marshals officials in October, and Varga is scheduled to brief them again next month": two meetings, one per clause.
            var last = meeting;
            for (var next = meeting.NextMatch(); !request && next.Success; next = next.NextMatch())
            {
                if (!ClauseBreak().IsMatch(sentence[(last.Index + last.Length)..next.Index]) || Anchor(sentence, next)) continue;
                triggers.Add((EventKind.Meeting, next.Index, next.Length));
                last = next;
            }
        }
        // "Following up on our call last Friday: we'd like to walk your team through …": a call held, then the request.
        if (CallWords().Match(sentence) is { Success: true } call && !CallIdiom().IsMatch(sentence.AsSpan(0, call.Index + call.Length))
            && (!request || call.Index + call.Length < requestAt && PastWords().IsMatch(sentence[(call.Index + call.Length)..requestAt])))
        {
            triggers.Add((EventKind.Call, call.Index, call.Length));
        }
        return triggers;
    }

    [GeneratedRegex(@"\b(?:after|before|since|ahead of|until)\s+(?:the|that|this|our|their|its|his|her)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex AnchorBefore();

    /// <summary>
    /// "A week after the demo, they spoke": a meeting named to date another event. "After the school
    /// board voted 5-2 Tuesday" is not a name but a clause telling the session, so it stays an event.
    /// </summary>
    private static bool Anchor(string sentence, Match meeting) =>
        AnchorBefore().IsMatch(sentence.AsSpan(0, meeting.Index)) && !meeting.Value.EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    // "the examiner makes the call", "your call", "took his calls", "en route to a call", "or call the office": no call held or asked for.
    [GeneratedRegex(@"(?:\b(?:make|makes|made|making)\s+(?:the\s+|a\s+|this\s+|that\s+)?(?:\w+\s+)?call|^\s*your\s+call|\b(?:takes?|took|taking|screen(?:s|ed|ing)?|field(?:s|ed|ing)?)\s+(?:\w+\s+)?calls|\ben route to (?:a\s+)?call|\bor\s+call)$", RegexOptions.IgnoreCase)]
    private static partial Regex CallIdiom();

    [GeneratedRegex(@"^[^.;]*?(?<!\bor (?:\w+ )?)\b(?:by|over the|via|on a) (?:phone|telephone|video call|conference call|zoom|teams|webex)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByPhone();

    [GeneratedRegex(@"^(?:walk|brief|present|making|made|spent)", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingPurpose();

    [GeneratedRegex(@"^(?:told|walk|conference|forum|panel|attend|conven|present\b|takes?\b|took\b|taking\b|picks?\b|vot|\d|unanimous)", RegexOptions.IgnoreCase)]
    private static partial Regex WeakMeetingWords();

    [GeneratedRegex(@"^,? (?:or|and|through|to|-|–) ?(?:on )?(?<day>\d{1,2})(?:st|nd|rd|th)?\b")]
    private static partial Regex OrAnotherDay();

    /// <summary>
    /// "October 2 or 3", "Tuesday or Wednesday": days offered as alternatives are one proposal,
    /// dated by the first slot offered, not two events; "Jan. 17 and 18", "April 10–11": one event over both days.
    /// </summary>
    private static List<DateMention> JoinAlternatives(string text, List<DateMention> dates)
    {
        var joined = new List<DateMention>();
        for (var i = 0; i < dates.Count; i++)
        {
            var d = dates[i];
            if (d.Past is not { Precision: DatePrecision.Day } || d.Future is not { Precision: DatePrecision.Day })
            {
                joined.Add(d);
                continue;
            }
            var after = text.AsSpan(d.End, Math.Min(24, text.Length - d.End)).ToString();
            if (i + 1 < dates.Count && dates[i + 1] is { Past.Precision: DatePrecision.Day, Future.Precision: DatePrecision.Day } next
                && text[d.End..next.Start] is " or " or ", or " or " or on ")
            {
                joined.Add(d with { End = next.End, Wording = text[d.Start..next.End] });
                i++;
            }
            else if (OrAnotherDay().Match(after) is { Success: true } or && or.Value.Contains("or", StringComparison.Ordinal))
            {
                joined.Add(d with { End = d.End + or.Length, Wording = text[d.Start..(d.End + or.Length)] });
            }
            else if (OrAnotherDay().Match(after) is { Success: true } m && int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture) is var day
                && day > d.Past.Start.Day && day <= DateTime.DaysInMonth(d.Past.Start.Year, d.Past.Start.Month))
            {
                joined.Add(Span(d, d.End + m.Length, new DateOnly(d.Past.Start.Year, d.Past.Start.Month, day), new DateOnly(d.Future.Start.Year, d.Future.Start.Month, day)));
            }
            else
            {
                joined.Add(d);
            }
        }
        return joined;

        DateMention Span(DateMention first, int end, DateOnly pastLast, DateOnly futureLast)
        {
            var wording = text[first.Start..end];
            return new DateMention(first.Start, end, wording,
                pastLast > first.Past!.Start ? EventDate.Between(first.Past.Start, pastLast, wording) : first.Past,
                futureLast > first.Future!.Start ? EventDate.Between(first.Future.Start, futureLast, wording) : first.Future);
        }
    }

    private static int OwnerOf(string sentence, int dateAt, int dateEnd, List<(EventKind Kind, int At, int Length)> triggers)
    {
        // "our June 12 meeting", "the council's November 12 work session": the date names the event word just after it.
        if (triggers.FirstOrDefault(t => t.At >= dateEnd && t.At - dateEnd <= 14 && !sentence.AsSpan(dateEnd, t.At - dateEnd).ContainsAny(",;")) is { Length: > 0 } named) return named.At;
        var before = triggers.Where(t => t.At + t.Length <= dateAt && !ClauseBreak().IsMatch(sentence[(t.At + t.Length)..dateAt])).ToList();
        return before.Count > 0 ? before.MaxBy(t => t.At).At : triggers.MinBy(t => Math.Abs(t.At - dateAt)).At;
    }

    /// <summary>The date written nearest to the word that names the event.</summary>
    private static DateMention? NearestDate(List<DateMention> dates, int at) => dates.MinBy(d => Math.Abs(d.Start - at));

    /// <summary>"next week, Tuesday or Wednesday": the day named inside a vaguer span dates the event; otherwise the date nearest the event word.</summary>
    private static DateMention? MostPrecise(List<DateMention> dates, int at)
    {
        var days = dates.Where(d => d.Future is { Precision: DatePrecision.Day } day && dates.Any(o => o != d && o.Future is { Precision: not DatePrecision.Day } span && span.Start <= day.Start && day.End <= span.End)).ToList();
        if (days.Count > 0) return NearestDate(days, at);
        foreach (var d in dates)
        {
            if (d.Future is not { Precision: DatePrecision.Day } day) continue;
            foreach (var o in dates)
            {
                if (o == d || o.Future is not { Precision: not DatePrecision.Day } span || span.End.DayNumber - span.Start.DayNumber > 6 || d.Start < o.End || d.Start - o.End > 6) continue;
                // The weekday of the week named: "next week, Tuesday" is that week's Tuesday, whatever day the email went out.
                var inWeek = DateResolver.OnOrAfter(span.Start, day.Start.DayOfWeek);
                if (inWeek <= span.End) return d with { Past = EventDate.OnDay(inWeek, d.Wording), Future = EventDate.OnDay(inWeek, d.Wording) };
            }
        }
        return NearestDate(dates, at);
    }

    /// <summary>People and organisations named in the sentence, with the organisations the people work for.</summary>
    private static List<Participant> SentenceParticipants(DocumentText doc, MentionSet mentions, int start, int end, IReadOnlyDictionary<string, string> employers)
    {
        var participants = new List<Participant>();
        foreach (var mention in mentions.InOrder.Where(m => m.Start >= start && m.End <= end))
        {
            if (mention.Kind == EntityKind.Product || IsVenue(doc, mention)) continue;
            var id = Ids.ForEntity(mention.Kind, mention.Name);
            participants.Add(new Participant(id, mention.Kind == EntityKind.Person ? ParticipantRole.Attendee : ParticipantRole.RepresentedOrganisation));
            if (mention.Kind == EntityKind.Person && employers.TryGetValue(id, out var employer))
            {
                participants.Add(new Participant(employer, ParticipantRole.RepresentedOrganisation));
            }
        }
        return participants;
    }

    private static IEnumerable<Participant> NeighbourParties(DocumentText doc, MentionSet mentions, int sentenceStart, IReadOnlyDictionary<string, string> employers)
    {
        var text = doc.Text;
        var paragraphStart = ParagraphStart(text, sentenceStart);
        var paragraphEnd = text.IndexOf("\n\n", sentenceStart, StringComparison.Ordinal) is var e and >= 0 ? e : text.Length;
        var index = doc.SentenceSpans.FindIndex(s => s.Start == sentenceStart);
        // Earlier sentences first (they introduce the parties), then later ones.
        var order = Enumerable.Range(0, index).Reverse().Concat(Enumerable.Range(index + 1, Math.Max(0, doc.SentenceSpans.Count - index - 1)));
        foreach (var k in order)
        {
            var (start, end) = doc.SentenceSpans[k];
            if (start < paragraphStart || end > paragraphEnd) continue;
            var organisations = SentenceParticipants(doc, mentions, start, end, employers).Where(x => x.Role == ParticipantRole.RepresentedOrganisation).ToList();
            if (organisations.Count > 0) return organisations;
        }
        return [];
    }

    private static readonly string[] VenueBefore = ["offices of ", "office of ", "headquarters of ", "session at ", "meeting at ", "hosted at ", "held at ", "offices in "];

    private static readonly string[] VenueAfter = ["'s offices", "’s offices", " offices", "'s headquarters", "’s headquarters"];

    /// <summary>"at the offices of McKinsey": a place the meeting was held, not a party to it.</summary>
    private static bool IsVenue(DocumentText doc, Mention mention)
    {
        var before = doc.Text[Math.Max(0, mention.Start - 30)..mention.Start].ToLowerInvariant();
        var after = doc.Text[mention.End..Math.Min(doc.Text.Length, mention.End + 16)].ToLowerInvariant();
        return VenueAfter.Any(a => after.StartsWith(a, StringComparison.Ordinal)) || VenueBefore.Any(b => before.EndsWith(b, StringComparison.Ordinal));
    }
}

/// <summary>Who an email is from and to, with their organisations: the parties of every event its new text speaks of.</summary>
internal sealed record EmailParties(IReadOnlyList<Participant> Participants);
