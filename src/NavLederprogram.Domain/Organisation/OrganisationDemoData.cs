namespace NavLederprogram.Organisation;

/// <summary>Public names and numbers of real regions and municipalities; offices and people are made up.</summary>
internal static class OrganisationDemoData
{
    public static readonly (string Code, string Name, (string Number, string Name)[] Municipalities)[] Regions =
    [
        ("03", "Oslo", [("0301", "Oslo")]),
        ("32", "Akershus", [("3201", "Bærum"), ("3203", "Asker"), ("3205", "Lillestrøm"), ("3207", "Nordre Follo"), ("3209", "Ullensaker")]),
        ("31", "Østfold", [("3101", "Halden"), ("3103", "Moss"), ("3105", "Sarpsborg"), ("3107", "Fredrikstad")]),
        ("33", "Buskerud", [("3301", "Drammen"), ("3303", "Kongsberg"), ("3305", "Ringerike")]),
        ("34", "Innlandet", [("3403", "Hamar"), ("3405", "Lillehammer"), ("3407", "Gjøvik")]),
        ("39", "Vestfold", [("3905", "Tønsberg"), ("3907", "Sandefjord"), ("3909", "Larvik")]),
        ("40", "Telemark", [("4001", "Porsgrunn"), ("4003", "Skien")]),
        ("42", "Agder", [("4203", "Arendal"), ("4204", "Kristiansand")]),
        ("11", "Rogaland", [("1103", "Stavanger"), ("1106", "Haugesund"), ("1108", "Sandnes")]),
        ("46", "Vestland", [("4601", "Bergen"), ("4627", "Askøy"), ("4640", "Sogndal")]),
        ("15", "Møre og Romsdal", [("1505", "Kristiansund"), ("1506", "Molde"), ("1508", "Ålesund")]),
        ("50", "Trøndelag", [("5001", "Trondheim"), ("5006", "Steinkjer"), ("5007", "Namsos"), ("5031", "Malvik"), ("5032", "Selbu"), ("5033", "Tydal"), ("5034", "Meråker"), ("5035", "Stjørdal"), ("5036", "Frosta"), ("5037", "Levanger")]),
        ("18", "Nordland", [("1804", "Bodø"), ("1806", "Narvik"), ("1833", "Rana")]),
        ("55", "Troms", [("5501", "Tromsø"), ("5503", "Harstad")]),
        ("56", "Finnmark", [("5601", "Alta"), ("5603", "Hammerfest")]),
    ];

    public static readonly (string Name, LeadershipModel Model, int Size, string[] MunicipalityNumbers)[] Offices =
    [
        ("NAV Frogner", LeadershipModel.SingleLeader, 64, ["0301"]),
        ("NAV Grünerløkka", LeadershipModel.SingleLeader, 82, ["0301"]),
        ("NAV Bærum", LeadershipModel.SingleLeader, 75, ["3201"]),
        ("NAV Asker", LeadershipModel.SingleLeader, 48, ["3203"]),
        ("NAV Lillestrøm", LeadershipModel.SingleLeader, 57, ["3205"]),
        ("NAV Fredrikstad", LeadershipModel.SingleLeader, 70, ["3107"]),
        ("NAV Halden", LeadershipModel.SingleLeader, 31, ["3101"]),
        ("NAV Drammen", LeadershipModel.DualLeader, 80, ["3301"]),
        ("NAV Kongsberg", LeadershipModel.SingleLeader, 26, ["3303"]),
        ("NAV Hamar", LeadershipModel.SingleLeader, 35, ["3403"]),
        ("NAV Lillehammer", LeadershipModel.SingleLeader, 29, ["3405"]),
        ("NAV Tønsberg", LeadershipModel.SingleLeader, 42, ["3905"]),
        ("NAV Larvik", LeadershipModel.SingleLeader, 33, ["3909"]),
        ("NAV Skien", LeadershipModel.SingleLeader, 44, ["4003"]),
        ("NAV Kristiansand", LeadershipModel.SingleLeader, 68, ["4204"]),
        ("NAV Arendal", LeadershipModel.SingleLeader, 38, ["4203"]),
        ("NAV Stavanger", LeadershipModel.SingleLeader, 77, ["1103"]),
        ("NAV Haugesund", LeadershipModel.SingleLeader, 36, ["1106"]),
        ("NAV Bergen nord", LeadershipModel.SingleLeader, 66, ["4601"]),
        ("NAV Sogndal", LeadershipModel.SingleLeader, 9, ["4640"]),
        ("NAV Ålesund", LeadershipModel.SingleLeader, 45, ["1508"]),
        ("NAV Molde", LeadershipModel.SingleLeader, 27, ["1506"]),
        ("NAV Trondheim", LeadershipModel.SingleLeader, 84, ["5001"]),
        ("NAV Værnes", LeadershipModel.SingleLeader, 40, ["5035", "5034", "5036", "5032", "5033"]),
        ("NAV Malvik", LeadershipModel.SingleLeader, 12, ["5031"]),
        ("NAV Steinkjer", LeadershipModel.SingleLeader, 22, ["5006"]),
        ("NAV Bodø", LeadershipModel.SingleLeader, 41, ["1804"]),
        ("NAV Rana", LeadershipModel.SingleLeader, 24, ["1833"]),
        ("NAV Tromsø", LeadershipModel.SingleLeader, 52, ["5501"]),
        ("NAV Alta", LeadershipModel.SingleLeader, 18, ["5601"]),
    ];

    public static readonly (string Code, bool IsLeader)[] JobRoles =
    [
        ("OfficeLeader", true), ("DepartmentLeader", true), ("TeamLeader", true), ("Advisor", false),
        ("ReceptionAdvisor", false), ("PeerSupervisor", false), ("EmployerContact", false),
    ];

    public static readonly string[] FirstNames =
    [
        "Kari", "Ola", "Ingrid", "Lars", "Astrid", "Per", "Sigrid", "Knut", "Marit", "Bjørn", "Solveig", "Arne",
        "Hanne", "Erik", "Tone", "Jon", "Liv", "Hans", "Randi", "Tor", "Silje", "Magnus", "Nora", "Emil",
        "Ida", "Sindre", "Maja", "Håkon", "Aisha", "Ahmed", "Fatima", "Piotr", "Agnieszka", "Mari", "Ragnhild", "Øyvind",
    ];

    public static readonly string[] LastNames =
    [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
        "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl",
        "Jørgensen", "Henriksen", "Lund", "Halvorsen", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand",
        "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie",
    ];
}
