namespace InfluenceGraph.Extraction;

/// <summary>Closed word classes the rules lean on. Facts about English usage, not about any document.</summary>
internal static class Words
{
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "&", "for", "on", "the", "de", "in" };

    /// <summary>Capitalised at the start of a sentence or in a greeting, never part of a name.</summary>
    public static readonly HashSet<string> SentenceStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "This", "That", "These", "Those", "On", "In", "At", "For", "By", "From", "With", "After", "Before", "When", "While", "About", "Source",
        "Yesterday", "Today", "Tomorrow", "Last", "Next", "According", "But", "And", "Or", "Meanwhile", "However", "Also", "Both", "Our", "Your",
        "Their", "His", "Her", "Its", "My", "Dear", "Hi", "Hello", "Hey", "Thanks", "Thank", "As", "If", "Since", "Then", "Although", "Though",
        "Per", "Re", "Fwd", "Cc", "To", "Subject", "Sent", "Date", "Attendees", "Present", "Officials", "Documents", "Records", "Emails", "Email",
        "Neither", "Either", "Several", "Some", "Many", "Most", "All", "Each", "Every", "Other", "Another", "Such", "Under", "Over", "During",
        "Through", "Until", "Why", "What", "Who", "Whom", "How", "Where", "Which", "It", "He", "She", "They", "We", "You", "I", "Please", "Best",
        "Regards", "Sincerely", "Cheers", "Let", "See", "Note", "Update", "Including", "Former", "Acting", "Then-", "Vendor", "Vendors",
        // The verbs that open an action item: "- Send GridSight pricing", "Schedule the site visit".
        "Send", "Ship", "Schedule", "Share", "Provide", "Confirm", "Circulate", "Draft", "Forward", "Book", "Arrange", "Loop",
    };

    public static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "Mr.", "Ms.", "Mrs.", "Dr.", "Sen.", "Rep.", "Gov.", "Lt.", "Sgt.", "Capt.", "Gen.", "Col.", "Det.", "Prof.", "Supt.", "Cmdr.", "Insp.", "Mr", "Ms", "Mrs", "Dr",
    };

    public static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
    };

    public static readonly string[] CompanySuffixes =
    [
        "Inc", "Inc.", "Incorporated", "LLC", "L.L.C.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Ltd", "Ltd.", "Limited", "LLP", "LP", "PLC", "plc",
        "GmbH", "AG", "SA", "S.A.", "N.V.", "Group", "Holdings", "Technologies", "Technology", "Systems", "Solutions", "Labs", "Laboratories", "Analytics",
        "Software", "Networks", "Partners", "Consulting", "Consultants", "Associates", "Robotics", "Dynamics", "Aerospace", "Industries", "Enterprises",
        "Ventures", "Intelligence", "Data", "Security", "Defense", "Defence", "Aviation", "Telecom", "Communications", "Innovations", "Devices",
        "Sciences", "Biometrics", "Vision", "Imaging", "Cloud", "Digital", "Strategies", "Advisors", "Advisory", "Capital",
        "Forensics", "Acoustics", "Optics", "Photonics", "Electronics", "Wireless", "Mobility", "Aerial", "Geospatial", "Microsystems",
        "Services", "Federal", "Identity", "Sensing", "Diagnostics", "Instruments", "Motors", "UAS", "Radiographics", "Metrics", "Energy", "Air", "Airlines", "Airways", "Orbital", "Satellite", "Satellites",
    ];

    public static readonly string[] AgencyHeads =
    [
        "Department", "Agency", "Administration", "Bureau", "Office", "Commission", "Committee", "Council", "Court", "Board", "Authority",
        "Patrol", "District", "Division", "Legislature", "Assembly", "Senate", "Directorate", "Ministry", "Police", "Sheriff", "Marshal",
        "Marshals", "Corrections", "Command", "Guard", "Secretariat", "Inspectorate", "PD", "Library", "Libraries",
    ];

    /// <summary>Words that open the name of a public body: "Department of Public Safety", "City of Harbor City".</summary>
    public static readonly string[] AgencyOpeners = ["Department", "Office", "Bureau", "Ministry", "Commission", "Committee", "City", "County", "Town", "Village", "Division", "Board", "Administration", "Agency", "Port"];

    public static readonly string[] OrganizationHeads =
    [
        "Union", "Foundation", "Institute", "Health", "University", "College", "Association", "Coalition", "Alliance", "Society",
        "Project", "Network", "Trust", "Watch", "Times", "Post", "Journal", "News", "Herald", "Tribune", "Gazette", "Ledger", "Chronicle",
        "Press", "Magazine", "Academy", "Federation", "League", "Collective", "Collaborative", "Forum", "Observer", "Examiner",
        "Courier", "Inquirer", "Clinic", "Caucus", "Guild", "Lodge", "Lab", "Watchdog", "Register", "Globe", "Telegraph", "Enquirer",
        "Bulletin",
    ];

    public static readonly string[] OrganizationOpeners = ["University", "Institute", "Center", "Centre", "Project", "Coalition", "Alliance", "Campaign", "Society", "Friends"];

    /// <summary>Legal forms that follow a company's name; the name is the same company with or without them.</summary>
    public static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "Inc", "Inc.", "Incorporated", "LLC", "L.L.C.", "Corp", "Corp.", "Corporation", "Co.", "Ltd", "Ltd.", "Limited", "LLP", "LP", "PLC", "plc", "GmbH", "AG", "S.A.", "N.V.",
    };

    /// <summary>Capitalised words that end a run of name words: never the last word of a person's name.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Street", "Avenue", "Road", "Building", "Room", "Suite", "Floor", "Hall", "Park", "Airport", "Station", "Valley", "Bay", "River", "Lake",
        "County", "City", "State", "States", "Tower", "Plaza", "Center", "Centre", "Conference", "Square", "Bridge", "Beach", "Island", "Mountain", "Highway", "Headquarters",
        "Video", "Cloud", "Face", "Recognition", "Rekognition", "Analysis", "Program", "Pilot", "Contract", "Grant", "Act", "Law", "Bill",
        "Report", "Test", "Demo", "Meeting", "Call", "Summit", "Expo", "Conference", "Follow", "Re", "Fwd", "FW", "RE", "Thanks", "Thank", "Best",
        "Regards", "Team", "Staff", "Officials", "Americans", "American", "Congress", "Capitol", "Hill", "Silicon", "Drone", "Drones", "Camera",
        "Cameras", "Body", "License", "Plate", "Reader", "Readers", "Software", "Platform", "Portal", "System", "Systems", "North", "South",
        "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Federal", "National", "International", "Global", "United",
        "Homeland", "Security", "Justice", "Defense", "Affairs", "Services", "Service", "Operations", "Enforcement", "Investigations", "Unit",
    };

    /// <summary>Words that end a place's name: "Cardinal Ridge", "Quarry Ridge", "Elm Creek" are where things happen, not what is sold.</summary>
    public static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "Ridge", "Creek", "Heights", "Springs", "Hills", "Falls", "Harbor", "Harbour", "Point", "Grove", "Meadows", "Crossing", "Junction", "Canyon",
        "Hollow", "Landing", "Township", "Parish", "Borough", "Village", "Street", "Avenue", "Road", "Boulevard", "Drive", "Lane", "Valley", "Bay",
        "River", "Lake", "Beach", "Island", "Mountain", "Park", "Plaza", "Square", "Bridge", "Highway", "Airport", "Port",
    };

    /// <summary>The states, DC and the territories: a body named after one is that state's, not the federal one.</summary>
    public static readonly HashSet<string> States = new(StringComparer.Ordinal)
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho",
        "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
        "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
        "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico", "Guam",
        "Hampshire", "Jersey", "Mexico", "York", "Carolina", "Dakota", "Island",
    };

    /// <summary>Words that head a name only with a complement: "Center for Democracy", "Students for Privacy", "Board of Commissioners".</summary>
    public static readonly HashSet<string> ComplementHeads = new(StringComparer.Ordinal)
    {
        "Center", "Centre", "Institute", "Coalition", "Foundation", "Alliance", "Project", "Council", "Students", "Parents", "Citizens",
        "Residents", "Neighbors", "Advocates", "Friends", "Committee", "Commission", "Board", "Office", "Department",
        "Bureau", "Division", "School", "College", "Ministry", "Court", "Authority", "Agency", "Administration", "Subcommittee", "Task", "Partnership", "Network",
        "Fund", "Initiative", "Campaign", "Association", "Society", "League", "Union", "Federation", "Academy", "Guild", "Force",
    };

    /// <summary>People named by what they are: a group of them is an organisation only "for" or "against" something.</summary>
    public static readonly HashSet<string> GroupsOfPeople = new(StringComparer.Ordinal) { "Students", "Parents", "Citizens", "Residents", "Neighbors", "Advocates", "Friends" };

    public static bool IsCompanySuffix(string word) => CompanySuffixes.Contains(word, StringComparer.Ordinal);

    public static bool IsAgencyHead(string word) => AgencyHeads.Contains(word, StringComparer.Ordinal);

    public static bool IsOrganizationHead(string word) => OrganizationHeads.Contains(word, StringComparer.Ordinal);

    public static bool IsOrgHead(string word) => IsCompanySuffix(word) || IsAgencyHead(word) || IsOrganizationHead(word);
}
