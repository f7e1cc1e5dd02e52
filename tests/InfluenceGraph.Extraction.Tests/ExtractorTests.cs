using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Readers;

namespace InfluenceGraph.Extraction.Tests;

/// <summary>The hard cases a reporter meets, one at a time, on small texts written for them.</summary>
public class ExtractorTests
{
    private static readonly Extractor Extractor = new();

    private static ExtractionResult ExtractArticle(string body, string published = "2018-10-23") =>
        ExtractFile("a.txt", $"Title: Test\nPublished: {published}\n\n{body}\n");

    private static ExtractionResult ExtractEmail(string message) => ExtractFile("m.eml", message);

    private static ExtractionResult ExtractFile(string name, string content)
    {
        using var folder = new TempFolder();
        return Extractor.Extract(Assert.Single(new DocumentReader().Read(folder.Write(name, content))));
    }

    /// <summary>Every event of a file's messages, as the file's messages read together tell them.</summary>
    private static List<Event> EventsOfFile(string file) =>
        FileEvents.Unify(new DocumentReader().Read(file).Select(Extractor.Extract).ToList()).SelectMany(r => r.Events).DistinctBy(e => e.Id).ToList();

    private static Entity Entity(ExtractionResult result, EntityKind kind, string name) =>
        Assert.Single(result.Entities, e => e.Kind == kind && e.Name == name);

    [Fact]
    public void Titles_before_and_after_names_become_works_for_relations()
    {
        var result = ExtractArticle("Deputy Director Maria Ortiz of ICE attended. Alonzo Peña, a former deputy director of ICE, said the meeting was routine. Marcus Lee, a senior solutions architect at Amazon Web Services, presented.");

        Entity(result, EntityKind.Person, "Maria Ortiz");
        Entity(result, EntityKind.Person, "Alonzo Peña");
        var ice = Entity(result, EntityKind.Agency, "U.S. Immigration and Customs Enforcement");
        var ortiz = Assert.Single(result.Relations, r => r.Kind == RelationKind.WorksFor && r.SourceId == "person:maria-ortiz");
        Assert.Equal(ice.Id, ortiz.TargetId);
        Assert.Equal("Deputy Director", ortiz.Title);
        Assert.False(ortiz.IsFormer);
        var pena = Assert.Single(result.Relations, r => r.Kind == RelationKind.WorksFor && r.SourceId == "person:alonzo-pena");
        Assert.True(pena.IsFormer);
        Assert.Equal("deputy director", pena.Title);
        var lee = Assert.Single(result.Relations, r => r.Kind == RelationKind.WorksFor && r.SourceId == "person:marcus-lee");
        Assert.Equal("company:amazon-web-services", lee.TargetId);
    }

    [Fact]
    public void An_acronym_defined_in_the_text_and_a_surname_refer_back_to_the_full_name()
    {
        var result = ExtractArticle("Officials from the Harbor City Police Department (HCPD) met Veridex Labs, Inc. on June 3. HCPD's chief, Denise Whitcomb, said Whitcomb's team liked Veridex.");

        var hcpd = Entity(result, EntityKind.Agency, "Harbor City Police Department");
        Assert.Contains("HCPD", hcpd.Aliases);
        Assert.Equal(3, hcpd.Evidence.Count);
        var veridex = Entity(result, EntityKind.Company, "Veridex Labs");
        Assert.Contains("Veridex Labs, Inc.", veridex.Aliases);
        var whitcomb = Entity(result, EntityKind.Person, "Denise Whitcomb");
        Assert.Contains("Whitcomb", whitcomb.Aliases);
        Assert.Contains(whitcomb.MergeReasons, r => r.Contains("refers back", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Entities, e => e.Name is "Officials" or "Officials from the Harbor City Police Department");
    }

    [Fact]
    public void A_company_and_a_person_sharing_a_word_stay_apart()
    {
        var result = ExtractArticle("The round was arranged by Morgan Stanley. Morgan Reyes, a program manager at CBP, attended.");

        Entity(result, EntityKind.Company, "Morgan Stanley");
        Entity(result, EntityKind.Person, "Morgan Reyes");
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Person && e.Name == "Morgan Stanley");
    }

    [Fact]
    public void A_generic_role_names_the_agency_and_no_person()
    {
        var result = ExtractArticle("An ICE spokesperson declined to comment. However, Documents show the agency met vendors.");

        Entity(result, EntityKind.Agency, "U.S. Immigration and Customs Enforcement");
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void Redacted_names_never_become_entities()
    {
        var result = ExtractEmail("""
            From: (b)(6) <b6-redacted@ice.dhs.example>
            To: Dana Kowalczyk <dana.kowalczyk@aws.example.com>
            Cc: [REDACTED] <redacted@ice.dhs.example>
            Date: Thu, 7 Jun 2018 08:41:27 -0400
            Subject: Meeting

            (b)(6) and (b)(7)(C) will attend the meeting on June 12.
            """);

        Assert.Equal(["Dana Kowalczyk"], result.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name));
        Assert.DoesNotContain(result.Entities, e => e.Name.Contains('(', StringComparison.Ordinal) || e.Name.Contains("REDACTED", StringComparison.Ordinal));
    }

    [Fact]
    public void June_12th_in_an_october_2018_article_is_2018_06_12_with_its_wording_and_parties()
    {
        var result = ExtractArticle("Amazon Web Services staff met officials of U.S. Immigration and Customs Enforcement on June 12th in Redwood City.");

        var meeting = Assert.Single(result.Events, e => e.Kind == EventKind.Meeting);
        Assert.Equal(EventStatus.Held, meeting.Status);
        Assert.Equal(EventDate.OnDay(new DateOnly(2018, 6, 12), "June 12th"), meeting.Date);
        Assert.Contains(meeting.Participants, p => p.EntityId == "company:amazon-web-services");
        Assert.Contains(meeting.Participants, p => p.EntityId == "agency:us-immigration-and-customs-enforcement");
        Assert.Equal("meeting:2018-06-12-amazon-web-services-us-immigration-and-customs-enforcement", meeting.Id);
        var evidence = Assert.Single(meeting.Evidence);
        Assert.Contains("met officials", evidence.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_tuesday_in_an_email_is_the_tuesday_after_it_was_sent_and_is_proposed()
    {
        var result = ExtractEmail("""
            From: Dana Kowalczyk <dana.kowalczyk@aws.example.com>
            To: Gloria Amsel <gloria.amsel@ice.dhs.example>
            Date: Wed, 6 Jun 2018 15:12:00 -0700
            Subject: Meeting request

            Would you be available to meet next Tuesday?
            """);

        var request = Assert.Single(result.Events);
        Assert.Equal(EventKind.MeetingRequest, request.Kind);
        Assert.Equal(EventStatus.Proposed, request.Status);
        Assert.Equal(new DateOnly(2018, 6, 12), request.Date!.Start);
        Assert.Contains(request.Participants, p => p.EntityId == "person:dana-kowalczyk" && p.Role == ParticipantRole.Sender);
        Assert.Contains(request.Participants, p => p.EntityId == "company:amazon-web-services");
        Assert.Contains(request.Participants, p => p.EntityId == "agency:us-immigration-and-customs-enforcement");
    }

    [Fact]
    public void A_follow_up_email_is_dated_by_its_header_and_linked_to_the_meeting_it_names()
    {
        var result = ExtractEmail("""
            From: Dana Kowalczyk <dana.kowalczyk@aws.example.com>
            To: Gloria Amsel <gloria.amsel@ice.dhs.example>
            Date: Fri, 15 Jun 2018 11:04:52 -0700
            Subject: Follow-up

            Thank you for meeting with us on June 12th. Action items: a Rekognition Video pilot.

            Best regards,
            Dana Kowalczyk
            Senior Account Manager
            Amazon Web Services
            """);

        var followUp = Assert.Single(result.Events, e => e.Kind == EventKind.FollowUp);
        var meeting = Assert.Single(result.Events, e => e.Kind == EventKind.Meeting);
        Assert.Equal(new DateOnly(2018, 6, 15), followUp.Date!.Start);
        Assert.Equal(new DateOnly(2018, 6, 12), meeting.Date!.Start);
        Assert.Equal(EventStatus.Held, meeting.Status);
        var link = Assert.Single(result.Relations, r => r.Kind == RelationKind.FollowsUp);
        Assert.Equal((followUp.Id, meeting.Id), (link.SourceId, link.TargetId));
        var worksFor = Assert.Single(result.Relations, r => r.Kind == RelationKind.WorksFor && r.SourceId == "person:dana-kowalczyk");
        Assert.Equal("company:amazon-web-services", worksFor.TargetId);
        Assert.Equal("Senior Account Manager", worksFor.Title);
        Assert.Contains(result.Relations, r => r.Kind == RelationKind.Offers && r.TargetId == "product:rekognition-video");
    }

    [Fact]
    public void A_cancelled_demo_is_cancelled()
    {
        var result = ExtractEmail("""
            From: Luis Carvajal <luis.carvajal@hcpd.example>
            To: Ana Ruiz <ana@veridex.example>
            Date: Mon, 16 Aug 2021 10:00:00 -0400
            Subject: Thursday

            I'm sorry, but we have to cancel Thursday's demo.
            """);

        var demo = Assert.Single(result.Events);
        Assert.Equal((EventKind.Meeting, EventStatus.Cancelled), (demo.Kind, demo.Status));
        Assert.Equal(new DateOnly(2021, 8, 19), demo.Date!.Start);
    }

    [Fact]
    public void A_moved_demo_is_the_old_date_cancelled_and_the_new_one_proposed()
    {
        var result = ExtractEmail("""
            From: Luis Carvajal <luis.carvajal@hcpd.example>
            To: Ana Ruiz <ana@veridex.example>
            Date: Mon, 16 Aug 2021 10:00:00 -0400
            Subject: Thursday

            Something came up with the budget calendar, and we need to move Thursday's demo. Could we do Tuesday, August 24 instead?
            """);

        var cancelled = Assert.Single(result.Events, e => e.Status == EventStatus.Cancelled);
        var proposed = Assert.Single(result.Events, e => e.Status == EventStatus.Proposed);
        Assert.Equal(new DateOnly(2021, 8, 19), cancelled.Date!.Start);
        Assert.Equal(new DateOnly(2021, 8, 24), proposed.Date!.Start);
    }

    [Fact]
    public void A_meeting_called_off_in_the_next_sentence_is_cancelled()
    {
        var result = ExtractArticle("Northgate Biometrics was scheduled to show its software to the Harbor City Police Department on Feb. 14. That demonstration was called off the day before, emails show.", "2023-03-20");

        var demo = Assert.Single(result.Events);
        Assert.Equal((EventStatus.Cancelled, new DateOnly(2023, 2, 14)), (demo.Status, demo.Date!.Start));
    }

    [Fact]
    public void A_proposal_takes_the_date_of_the_sentence_beside_it()
    {
        var result = ExtractEmail("""
            From: Carla Mendoza <carla.mendoza@cbp.example>
            To: Rob Kessling <rob@wrenfield.example>
            Date: Mon, 24 Feb 2020 09:00:00 -0500
            Subject: Re: Pathfinder

            We are both free on March 4 after 1 p.m. Would a demo work then?
            """);

        var demo = Assert.Single(result.Events);
        Assert.Equal((EventStatus.Proposed, new DateOnly(2020, 3, 4)), (demo.Status, demo.Date!.Start));
    }

    [Fact]
    public void A_request_is_dated_by_the_meeting_asked_for_not_by_the_email_that_asked()
    {
        var result = ExtractArticle("Kowalczyk proposed a session with Immigration and Customs Enforcement officials in an email on June 6.");

        var request = Assert.Single(result.Events);
        Assert.Equal((EventKind.MeetingRequest, EventStatus.Proposed), (request.Kind, request.Status));
        Assert.Null(request.Date);
    }

    [Fact]
    public void A_product_named_without_its_maker_or_edition_is_the_same_product()
    {
        var result = ExtractArticle("Brightforge Analytics pitched Brightforge Signal and the SpotterCam X2 camera to the county. The sheriff saw Signal in a demo, and deputies tested a SpotterCam for a week.");

        var signal = Entity(result, EntityKind.Product, "Brightforge Signal");
        Assert.Contains("Signal", signal.Aliases);
        var camera = Entity(result, EntityKind.Product, "SpotterCam X2");
        Assert.Contains("SpotterCam", camera.Aliases);
        Assert.DoesNotContain(result.Entities, e => e.Name is "Signal" or "SpotterCam");
    }

    [Fact]
    public void A_known_product_named_by_an_ordinary_word_needs_its_maker_in_the_text()
    {
        var alone = ExtractArticle("Residents of Harbor Towers would install the Lattice Key app to let visitors in.");
        var withMaker = ExtractArticle("Anduril Industries pitched Lattice to U.S. Customs and Border Protection.");

        Assert.DoesNotContain(alone.Entities, e => e.Name == "Anduril Lattice");
        Assert.Contains(withMaker.Entities, e => e.Kind == EntityKind.Product && e.Name == "Anduril Lattice");
    }

    [Fact]
    public void A_council_vote_is_a_meeting_of_the_council_held_that_day()
    {
        var result = ExtractArticle("The Fairhaven City Council voted 5-2 on Monday night to spend $412,000 on automated license plate readers.", published: "2014-06-18");

        var vote = Assert.Single(result.Events);
        Assert.Equal((EventKind.Meeting, EventStatus.Held, new DateOnly(2014, 6, 16)), (vote.Kind, vote.Status, vote.Date!.Start));
    }

    [Fact]
    public void A_group_that_asked_for_a_meeting_and_was_refused_made_a_cancelled_request_not_dated_by_the_asking()
    {
        var result = ExtractArticle("The Prison Phone Justice Alliance asked in October for a meeting with Sheriff Dana Cray about the amendment. Celeste Ybarra, the alliance's director, said the sheriff's office declined.", published: "2016-12-01");

        var request = Assert.Single(result.Events);
        Assert.Equal((EventKind.MeetingRequest, EventStatus.Cancelled), (request.Kind, request.Status));
        Assert.Null(request.Date);
    }

    [Fact]
    public void A_count_of_days_counts_from_the_meeting_just_dated_even_when_that_was_dated_by_a_count()
    {
        var result = ExtractArticle("On a Feb. 12 conference call, Tracewell staff walked ICE officers through the screens. Two weeks later, Tracewell's Lionel Abara met with ICE deputy assistant director Patrice Gaudet. Two days later, Abara followed up with an email titled \"Action items from Wednesday.\"", published: "2019-07-01");

        var dates = result.Events.Where(e => e.Kind is EventKind.Meeting or EventKind.FollowUp).Select(e => (e.Kind, e.Date!.Start)).ToList();
        Assert.Equal([(EventKind.Meeting, new DateOnly(2019, 2, 26)), (EventKind.FollowUp, new DateOnly(2019, 2, 28))], dates);
    }

    [Fact]
    public void Slots_offered_as_alternatives_are_one_request_dated_by_the_first()
    {
        var result = ExtractEmail("""
            From: Dana Whitcombe <dwhitcombe@halberd.example>
            To: Marcus Oyelaran <marcus@harborview.example>
            Date: Tue, 10 Oct 2023 09:42:00 -0400
            Subject: Pilot results

            Would Tuesday, October 24 or Wednesday, October 25 work for a meeting with the Mayor?
            """);

        var request = Assert.Single(result.Events);
        Assert.Equal((EventStatus.Proposed, new DateOnly(2023, 10, 24), DatePrecision.Day), (request.Status, request.Date!.Start, request.Date.Precision));
    }

    [Fact]
    public void A_reply_that_declines_the_request_it_quotes_cancels_it_and_keeps_the_decline_as_evidence()
    {
        using var folder = new TempFolder();
        var file = folder.Write("reply.eml", """
            From: Cheryl Baptiste <cbaptiste@corrections.example>
            To: Miguel Santos <msantos@legalaid.example>
            Date: Wed, 6 Nov 2024 10:15:00 -0500
            Subject: RE: Request to meet

            Mr. Santos,

            Thank you for your note. While the fee schedule is under review, we must respectfully decline your request.

            Cheryl Baptiste

            On Mon, Nov 4, 2024 at 9:00 AM, Miguel Santos <msantos@legalaid.example> wrote:
            > Dear Deputy Director Baptiste,
            >
            > The Legal Aid Society of Calder County would like to meet with you on November 13 or 14 to discuss electronic monitoring fees.
            >
            > Miguel Santos
            """);

        var results = FileEvents.Unify(new DocumentReader().Read(file).Select(Extractor.Extract).ToList());

        var request = Assert.Single(results.SelectMany(r => r.Events).DistinctBy(e => e.Id), e => e.Kind == EventKind.MeetingRequest);
        Assert.Equal((EventStatus.Cancelled, new DateOnly(2024, 11, 13)), (request.Status, request.Date!.Start));
        Assert.Contains(results.SelectMany(r => r.Events).Where(e => e.Id == request.Id).SelectMany(e => e.Evidence), e => e.Quote.Contains("decline your request", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reply_that_moves_the_meeting_it_quotes_cancels_the_old_day_and_proposes_the_new_one()
    {
        using var folder = new TempFolder();
        var file = folder.Write("moved.eml", """
            From: Tasha Greer <tgreer@airdistrict.example>
            To: Kai Lindqvist <klindqvist@ardentreg.example>
            Date: Mon, 6 Feb 2023 09:03:55 -0700
            Subject: RE: PermitLens kickoff

            Kai,

            Apologies, our lead engineer is out sick this week. Could we move the kickoff to Tuesday, Feb 14, same time?

            Tasha

            On Wed, Feb 1, 2023 at 3:42 PM, Kai Lindqvist <klindqvist@ardentreg.example> wrote:
            > Tasha,
            >
            > Now that the contract is signed, could we hold the PermitLens kickoff at your office on Thursday, February 9 at 1:00?
            >
            > Kai
            """);

        var events = EventsOfFile(file);

        Assert.Contains(events, e => e.Status == EventStatus.Cancelled && e.Date?.Start == new DateOnly(2023, 2, 9));
        Assert.Contains(events, e => e.Status == EventStatus.Proposed && e.Date?.Start == new DateOnly(2023, 2, 14));
    }

    [Fact]
    public void A_decline_that_names_a_day_turns_down_that_day_and_leaves_the_accepted_one()
    {
        var result = ExtractEmail("""
            From: Lena Ortiz <lortiz@airdistrict.example>
            To: Brent Kowalczyk <bkowalczyk@kestrelorbital.example>
            Date: Mon, 13 May 2024 10:00:00 -0600
            Subject: RE: Briefing and reception

            Brent -- Tuesday the 21st at 10 works for us. One thing: we can't make the reception in Denver on the 30th, board budget week.

            Lena
            """);

        Assert.Contains(result.Events, e => e.Status == EventStatus.Proposed && e.Date?.Start == new DateOnly(2024, 5, 21));
        Assert.Contains(result.Events, e => e.Status == EventStatus.Cancelled && e.Date?.Start == new DateOnly(2024, 5, 30));
    }

    [Fact]
    public void A_follow_up_whose_subject_names_the_day_of_the_meeting_tells_that_meeting_held()
    {
        var result = ExtractEmail("""
            From: Owen Thackeray <othackeray@tessellatelabs.example>
            To: Dana Whitcomb <dwhitcomb@pcpd.portcalder.example>
            Date: Mon, 8 Feb 2021 08:47:03 -0500
            Subject: Following up on Thursday's CityLoom walkthrough

            Dana,

            Good to finally see the video wall live. Here are the three items we discussed.

            Owen
            """);

        var meeting = Assert.Single(result.Events, e => e.Kind == EventKind.Meeting);
        Assert.Equal((EventStatus.Held, new DateOnly(2021, 2, 4)), (meeting.Status, meeting.Date!.Start));
        Assert.Contains(result.Relations, r => r.Kind == RelationKind.FollowsUp && r.TargetId == meeting.Id);
    }

    [Fact]
    public void A_word_after_a_makers_name_that_heads_a_watchdogs_name_is_the_makers_product()
    {
        var result = ExtractArticle("The list includes Sentrine Watch, an email-scanning service sold by Sentrine Labs. Platewise Systems, whose Platewise Gate reader is installed at two freight yards, bid too.");

        Entity(result, EntityKind.Product, "Sentrine Watch");
        Entity(result, EntityKind.Product, "Platewise Gate");
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Organization && e.Name == "Sentrine Watch");
    }

    [Fact]
    public void A_places_own_department_is_not_the_federal_department_of_that_name()
    {
        var result = ExtractArticle("Purchases must come from a list that the New Calder Department of Education approved.");

        Entity(result, EntityKind.Agency, "New Calder Department of Education");
        Assert.DoesNotContain(result.Entities, e => e.Name == "U.S. Department of Education");
    }

    [Fact]
    public void An_abbreviated_title_opens_a_name_whose_given_name_no_list_knows()
    {
        var result = ExtractArticle("The hearing came a week after Sen. Adaeze Whitlock (D-New Cordova) released a letter to the agency.");

        Entity(result, EntityKind.Person, "Adaeze Whitlock");
    }

    [Fact]
    public void A_council_vote_with_its_tally_is_a_session_held_on_the_day_named()
    {
        var result = ExtractArticle("The Castleton City Council voted 6-3 Tuesday night to bar landlords from using rent-pricing software.", published: "2024-06-05");

        var session = Assert.Single(result.Events);
        Assert.Equal((EventKind.Meeting, EventStatus.Held, new DateOnly(2024, 6, 4)), (session.Kind, session.Status, session.Date!.Start));
    }

    [Fact]
    public void A_calendar_invitation_is_the_meeting_on_the_day_its_when_line_gives()
    {
        var result = ExtractEmail("""
            From: Ben Achterberg <bachterberg@sentinelacoustics.example>
            To: Maribel Ortega <mortega@ashfordpd.example>
            Date: Wed, 13 Mar 2024 11:20:00 -0500
            Subject: Invitation: Coverage-area review @ Tue Mar 19, 2024 2pm - 3pm (CDT)

            Ben Achterberg has invited you to the following event.

            Coverage-area review
            When: Tuesday Mar 19, 2024 2pm - 3pm (CDT)
            Where: Ashford Police Department HQ
            """);

        var meeting = Assert.Single(result.Events);
        Assert.Equal((EventKind.Meeting, EventStatus.Proposed, new DateOnly(2024, 3, 19)), (meeting.Kind, meeting.Status, meeting.Date!.Start));
    }

    [Fact]
    public void A_name_a_mail_client_wrapped_onto_the_next_line_is_one_name()
    {
        var result = ExtractEmail("""
            From: Dana Whitcombe <dwhitcombe@halberd.example>
            To: Marcus Oyelaran <marcus@harborview.example>
            Date: Tue, 10 Oct 2023 09:42:00 -0400
            Subject: Background

            Some background: Priya presented the Castine Falls numbers at the Smart
            Cities Industry Council summit last month and got a lot of interest.
            """);

        Entity(result, EntityKind.Organization, "Smart Cities Industry Council");
    }

    [Fact]
    public void A_product_keeps_its_module_and_model_words()
    {
        var result = ExtractArticle("Corvane Technologies has begun a pilot of its PortScan CX-9 cargo scanner. Paxon sells TrueMatch SDK to agencies. The county bought TrueMatch SDK licences.");

        Entity(result, EntityKind.Product, "PortScan CX-9");
        Entity(result, EntityKind.Product, "TrueMatch SDK");
        Assert.DoesNotContain(result.Entities, e => e.Name is "CX-9" or "TrueMatch");
    }

    [Fact]
    public void Every_fact_points_at_a_span_of_its_own_document()
    {
        var document = Assert.Single(new DocumentReader().Read(Path.Combine(Corpus.Seed, "2018-10-aws-ice-report.md")));

        var result = Extractor.Extract(document);

        var evidence = result.Entities.SelectMany(e => e.Evidence).Concat(result.Events.SelectMany(e => e.Evidence)).Concat(result.Relations.SelectMany(r => r.Evidence)).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e =>
        {
            Assert.Equal(document.Id, e.DocumentId);
            Assert.InRange(e.End, e.Start, document.Text.Length);
            Assert.Contains(document.Text.Substring(e.Start, e.Length), e.Quote, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Calls_a_system_listens_to_are_not_calls_held()
    {
        var result = ExtractArticle("Since December, the software has transcribed prisoners' phone calls at two prisons. In January every flagged call was reviewed by an investigator. The vendor's call-analysis tool was installed on Jan. 6.", published: "2025-02-10");

        Assert.DoesNotContain(result.Events, e => e.Kind == EventKind.Call);
    }

    [Fact]
    public void A_count_of_days_after_a_dated_session_dates_the_follow_up_and_keeps_the_sessions_day()
    {
        var result = ExtractArticle("Three days after the Harrow Falls City Council's April 14 session, where the fire chief recommended the Skyward system, the company followed up with a revised quote.", published: "2025-04-30");

        var session = Assert.Single(result.Events, e => e.Kind == EventKind.Meeting);
        Assert.Equal((EventStatus.Held, new DateOnly(2025, 4, 14)), (session.Status, session.Date!.Start));
        var followUp = Assert.Single(result.Events, e => e.Kind == EventKind.FollowUp);
        Assert.Equal(new DateOnly(2025, 4, 17), followUp.Date!.Start);
        Assert.Contains(result.Relations, r => r.Kind == RelationKind.FollowsUp && r.SourceId == followUp.Id && r.TargetId == session.Id);
    }

    [Fact]
    public void A_reply_taking_one_of_the_offered_days_is_the_meeting_on_that_day_not_a_new_request()
    {
        using var folder = new TempFolder();
        var file = folder.Write("accepted.eml", """
            From: Priya Nandakumar <pnandakumar@dmv.newarden.example>
            To: Nate Galloway <ngalloway@cordant.example>
            Date: Wed, 30 Aug 2023 14:05:51 -0700
            Subject: RE: FaceMatch demo

            Nate,

            Thursday the 14th works for us, 10:00 to 11:00 in Room 4B.

            Priya

            On Mon, Aug 28, 2023 at 9:42 AM, Nate Galloway <ngalloway@cordant.example> wrote:
            > Priya,
            >
            > We'd like to bring a live demo of FaceMatch to your headquarters. Would either of these work?
            >
            >   - Tuesday, September 12, any time after 10 a.m.
            >   - Thursday, September 14, morning
            >
            > Nate
            """);

        var events = EventsOfFile(file);

        var meeting = Assert.Single(events, e => e.Kind is EventKind.Meeting or EventKind.MeetingRequest);
        Assert.Equal((EventKind.Meeting, EventStatus.Proposed, new DateOnly(2023, 9, 14)), (meeting.Kind, meeting.Status, meeting.Date!.Start));
    }

    [Fact]
    public void A_call_said_to_be_off_is_cancelled()
    {
        var result = ExtractEmail("""
            From: Priya Ramaswamy <pramaswamy@odwf.example>
            To: Anika Sorensen <asorensen@thermion.example>
            Date: Wed, 17 Jan 2024 09:12:00 -0800
            Subject: Vendor call moved

            All,

            Monday's vendor coordination call is off. We'll hold the call on Tuesday, January 23, at 2:00 p.m. instead.

            Priya
            """);

        Assert.Contains(result.Events, e => e is { Kind: EventKind.Call, Status: EventStatus.Cancelled } && e.Date?.Start == new DateOnly(2024, 1, 22));
        Assert.Contains(result.Events, e => e is { Kind: EventKind.Call, Status: EventStatus.Proposed } && e.Date?.Start == new DateOnly(2024, 1, 23));
    }

    [Fact]
    public void A_body_the_text_describes_by_its_members_or_its_chief_is_named_by_that()
    {
        var result = ExtractArticle("Kin Inside, a statewide network of relatives of incarcerated people, asked for a meeting. StreetSense360, a network of rooftop acoustic sensors, was not discussed. Keystar CEO Brandon Hale did not attend.", published: "2025-02-10");

        Entity(result, EntityKind.Organization, "Kin Inside");
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Organization && e.Name == "StreetSense360");
        Entity(result, EntityKind.Company, "Keystar");
    }

    [Fact]
    public void A_unions_branch_is_one_organisation_by_its_full_name_its_initials_or_its_number()
    {
        var result = ExtractArticle("Library Workers United, Local 418, asked to meet. Its president said LWU Local 418 would testify. Local 418 has 300 members. The Harrow County Public Library answered; Central Library stays open.", published: "2023-10-01");

        var local = Entity(result, EntityKind.Organization, "Library Workers United, Local 418");
        Assert.Contains("LWU Local 418", local.Aliases);
        Assert.Equal(3, local.Evidence.Count(e => e.Rule == "union-local"));
        Entity(result, EntityKind.Agency, "Harrow County Public Library");
        Assert.DoesNotContain(result.Entities, e => e.Name == "Central Library");
    }

    [Fact]
    public void A_one_word_name_under_which_a_correspondents_address_is_registered_is_their_firm_unless_it_is_a_place()
    {
        var result = ExtractEmail("""
            From: Kyle Ostrowski <kostrowski@shelfwise.example>
            To: Marcus Tillery <mtillery@doc.tamarack.example>, Ana Ruiz <aruiz@tamarack.example>
            Subject: Retention
            Date: Mon, 6 May 2024 09:12:44 -0400
            Message-ID: <a1@shelfwise.example>

            Marcus, the Tamarack Department of Corrections asked whether Shelfwise Insight keeps hold logs. Shelfwise can prove it deletes them.

            Kyle
            """);

        Entity(result, EntityKind.Company, "Shelfwise");
        Entity(result, EntityKind.Product, "Shelfwise Insight");
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Company && e.Name == "Tamarack");
    }
}
