using NavLederprogram.Data;
using NavLederprogram.Organisation;

namespace NavLederprogram.Competence;

/// <summary>
/// Seeds the competence catalogue of the NAV context, national requirements for the leader roles and, on a demo
/// organisation, evidence that makes the gap reports tell a story: most leaders well covered, some gaps, some expiries.
/// </summary>
public sealed class CompetenceDataSeedContributor(
    ICompetenceCatalogueRepository catalogue,
    ICompetenceRequirementRepository requirements,
    ICompetenceEvidenceRepository evidence,
    ICompetenceStatusWriter statuses,
    IJobRoleRepository jobRoles,
    IRegionRepository regions,
    IPersonDirectory people,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 40;

    private static readonly LocalizedText[] Levels =
    [
        new("Kjennskap", "Kjennskap", "Awareness"),
        new("Kunnskap", "Kunnskap", "Knowledge"),
        new("Ferdighet", "Ferdigheit", "Skill"),
        new("Ekspert", "Ekspert", "Expert"),
    ];

    private static readonly (string Key, LocalizedText Name)[] Categories =
    [
        ("lead", new("Ledelse", "Leiing", "Leadership")),
        ("service", new("Tjenester og oppfølging", "Tenester og oppfølging", "Services and follow-up")),
        ("law", new("Regelverk, etikk og personvern", "Regelverk, etikk og personvern", "Law, ethics and privacy")),
    ];

    /// <summary>Code, category, name and description in nb, nn and en.</summary>
    public static readonly (string Code, string Category, LocalizedText Name, LocalizedText Description)[] Areas =
    [
        ("KUNNSKAPSLEDELSE", "lead", new("Kunnskapsbasert ledelse", "Kunnskapsbasert leiing", "Knowledge-based leadership"),
            new("Bruke forskning, data og erfaring i beslutninger og utvikling av kontoret.", "Bruke forsking, data og erfaring i avgjerder og utvikling av kontoret.", "Using research, data and experience in decisions and in developing the office.")),
        ("MRS", "lead", new("Mål- og resultatstyring", "Mål- og resultatstyring", "Performance management"),
            new("Sette mål, følge opp resultater og styre ressurser i partnerskapet.", "Setje mål, følgje opp resultat og styre ressursar i partnarskapen.", "Setting goals, following up results and steering resources in the partnership.")),
        ("ENDRING", "lead", new("Endringsledelse og innovasjon", "Endringsleiing og innovasjon", "Leading change and innovation"),
            new("Lede omstilling og nye arbeidsformer sammen med medarbeiderne.", "Leie omstilling og nye arbeidsformer saman med medarbeidarane.", "Leading transformation and new ways of working together with staff.")),
        ("PARTNERSKAP", "lead", new("Partnerskapet stat–kommune", "Partnarskapen stat–kommune", "The state–municipality partnership"),
            new("Samarbeidsavtalen, styringslinjene og felles ledelse av NAV-kontoret.", "Samarbeidsavtalen, styringslinene og felles leiing av NAV-kontoret.", "The partnership agreement, the lines of governance and joint leadership of the NAV office.")),
        ("VEILEDNINGSKOMP", "lead", new("Veiledningskompetanse", "Rettleiingskompetanse", "Supervision competence"),
            new("Veilede kolleger og lede kollegaveiledningsgrupper.", "Rettleie kollegaer og leie kollegarettleiingsgrupper.", "Supervising colleagues and leading peer-supervision groups.")),
        ("ARBEIDSRETTET", "service", new("Arbeidsrettet oppfølging", "Arbeidsretta oppfølging", "Work-oriented follow-up"),
            new("Oppfølging av brukere mot arbeid, med metoder og verktøy NAV bruker.", "Oppfølging av brukarar mot arbeid, med metodar og verktøy NAV brukar.", "Following up users towards work, with NAV's methods and tools.")),
        ("MARKEDSARBEID", "service", new("Markedsarbeid og arbeidsgiverkontakt", "Marknadsarbeid og arbeidsgjevarkontakt", "Employer engagement"),
            new("Samarbeid med arbeidsgivere om rekruttering og inkludering.", "Samarbeid med arbeidsgjevarar om rekruttering og inkludering.", "Working with employers on recruitment and inclusion.")),
        ("KVP", "service", new("Kvalifiseringsprogrammet (KVP)", "Kvalifiseringsprogrammet (KVP)", "The qualification programme (KVP)"),
            new("Vilkår, innhold og oppfølging i kvalifiseringsprogrammet.", "Vilkår, innhald og oppfølging i kvalifiseringsprogrammet.", "Conditions, content and follow-up in the qualification programme.")),
        ("AEV", "service", new("Arbeidsevnevurdering (AEV)", "Arbeidsevnevurdering (AEV)", "Work ability assessment (AEV)"),
            new("Gjennomføre og kvalitetssikre arbeidsevnevurderinger.", "Gjennomføre og kvalitetssikre arbeidsevnevurderingar.", "Carrying out and assuring the quality of work ability assessments.")),
        ("SOSIALTJENESTELOVEN", "law", new("Sosialtjenesteloven", "Sosialtenestelova", "The Social Services Act"),
            new("Kommunens oppgaver etter sosialtjenesteloven i NAV-kontoret.", "Oppgåvene til kommunen etter sosialtenestelova i NAV-kontoret.", "The municipality's duties under the Social Services Act in the NAV office.")),
        ("ETIKK", "law", new("Profesjonsetikk", "Profesjonsetikk", "Professional ethics"),
            new("Etiske vurderinger i møte med brukere, maktbruk og skjønn.", "Etiske vurderingar i møte med brukarar, maktbruk og skjønn.", "Ethical judgement with users, use of power and discretion.")),
        ("PERSONVERN", "law", new("Personvern og GDPR", "Personvern og GDPR", "Privacy and GDPR"),
            new("Behandling av personopplysninger, taushetsplikt og informasjonssikkerhet.", "Handsaming av personopplysningar, teieplikt og informasjonstryggleik.", "Processing of personal data, confidentiality and information security.")),
    ];

    /// <summary>National requirements: role, competence, minimum level, months to meet it, renewal months, mandatory.</summary>
    public static readonly (string Role, string Area, int Level, int Deadline, int? Renewal, bool Mandatory)[] NationalRequirements =
    [
        ("OfficeLeader", "KUNNSKAPSLEDELSE", 3, 12, null, true),
        ("OfficeLeader", "MRS", 3, 12, null, true),
        ("OfficeLeader", "ENDRING", 2, 12, null, true),
        ("OfficeLeader", "PARTNERSKAP", 3, 6, null, true),
        ("OfficeLeader", "ARBEIDSRETTET", 2, 12, null, true),
        ("OfficeLeader", "SOSIALTJENESTELOVEN", 2, 6, 36, true),
        ("OfficeLeader", "ETIKK", 2, 6, 24, true),
        ("OfficeLeader", "PERSONVERN", 2, 3, 24, true),
        ("DepartmentLeader", "MRS", 2, 12, null, true),
        ("DepartmentLeader", "ARBEIDSRETTET", 3, 12, null, true),
        ("DepartmentLeader", "PERSONVERN", 2, 3, 24, true),
        ("TeamLeader", "ARBEIDSRETTET", 3, 12, null, true),
        ("TeamLeader", "AEV", 3, 12, null, true),
        ("TeamLeader", "ETIKK", 2, 6, 24, true),
        ("TeamLeader", "PERSONVERN", 2, 3, 24, true),
        ("TeamLeader", "ENDRING", 2, 24, null, false),
        ("PeerSupervisor", "VEILEDNINGSKOMP", 3, 12, 36, true),
        ("EmployerContact", "MARKEDSARBEID", 3, 12, null, true),
        ("ReceptionAdvisor", "PERSONVERN", 2, 3, 24, true),
        ("Advisor", "PERSONVERN", 2, 3, 24, true),
        ("Advisor", "KVP", 2, 12, null, false),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if ((await catalogue.GetCategoriesAsync(ct)).Count > 0) return;

        var scale = new ProficiencyScale(Guid.CreateVersion7(), new("Ferdighetsnivå 1–4", "Ferdigheitsnivå 1–4", "Proficiency 1–4"), Levels);
        await catalogue.InsertScaleAsync(scale, ct);
        var categoryIds = new Dictionary<string, Guid>();
        for (var i = 0; i < Categories.Length; i++)
        {
            var category = new CompetenceCategory(Guid.CreateVersion7(), Categories[i].Name, i + 1);
            await catalogue.InsertCategoryAsync(category, ct);
            categoryIds[Categories[i].Key] = category.Id;
        }
        var areaIds = new Dictionary<string, Guid>();
        foreach (var (code, category, name, description) in Areas)
        {
            var area = new CompetenceArea(Guid.CreateVersion7(), code, categoryIds[category], scale.Id, name, description);
            await catalogue.InsertAreaAsync(area, ct);
            areaIds[code] = area.Id;
        }

        await unitOfWork.SaveChangesAsync(ct);
        // Evidence first, requirements last: saving the requirements computes their holders' statuses once, with the evidence in place.
        await SeedDemoEvidenceAsync(areaIds, ct);

        var roleIds = (await jobRoles.GetAllAsync(ct)).ToDictionary(r => r.Code, r => r.Id);
        var since = new DateOnly(2024, 1, 1);
        foreach (var (role, area, level, deadline, renewal, mandatory) in NationalRequirements)
            await requirements.InsertAsync(new CompetenceRequirement(Guid.CreateVersion7(), roleIds[role], areaIds[area], null, null,
                new RequirementTerms(level, deadline, renewal, mandatory), since), ct);
        // Trøndelag asks its office leaders for employer engagement as well, on top of the national requirements.
        if ((await regions.GetAllAsync(ct)).FirstOrDefault(r => r.Name == "Trøndelag") is { } trondelag)
            await requirements.InsertAsync(new CompetenceRequirement(Guid.CreateVersion7(), roleIds["OfficeLeader"], areaIds["MARKEDSARBEID"], trondelag.Id, null,
                new RequirementTerms(2, 12, null, false), new DateOnly(2025, 1, 1)), ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>Deterministic demo evidence: each person's number decides what they have, so every run seeds the same story.</summary>
    private async Task SeedDemoEvidenceAsync(Dictionary<string, Guid> areaIds, CancellationToken ct)
    {
        var unordered = await statuses.GetRoleHoldingsAsync(null, ct);
        if (unordered.Count == 0) return;
        var roleCodes = (await jobRoles.GetAllAsync(ct)).ToDictionary(r => r.Id, r => r.Code);
        // Ordered by employee number: the store returns them by id, and ids made in the same millisecond fall in any order.
        var employeeNumbers = new Dictionary<Guid, string>();
        foreach (var chunk in unordered.Select(h => h.PersonId).Distinct().Chunk(1000))
            foreach (var person in await people.GetListAsync(chunk, ct)) employeeNumbers[person.Id] = person.EmployeeNumber;
        var holdings = unordered.OrderBy(h => employeeNumbers.GetValueOrDefault(h.PersonId, ""), StringComparer.Ordinal)
            .ThenBy(h => roleCodes[h.JobRoleId], StringComparer.Ordinal).ToList();
        var today = OsloTime.Today(clock);
        var n = 0;
        foreach (var holding in holdings)
        {
            var code = roleCodes[holding.JobRoleId];
            foreach (var (_, area, level, _, renewal, _) in NationalRequirements.Where(r => r.Role == code))
            {
                n++;
                var pick = n * 37 % 10;
                if (pick < 2) continue; // a gap
                var achieved = today.AddDays(-(30 + n * 53 % 900));
                if (pick == 2 && renewal is { } months) achieved = today.AddMonths(-months).AddDays(20 + n % 20); // expiring soon
                if (pick == 3 && renewal is { } m) achieved = today.AddMonths(-m).AddDays(-(10 + n % 60)); // expired
                var heldLevel = pick == 4 ? Math.Max(1, level - 1) : Math.Min(4, level + (n % 3 == 0 ? 1 : 0));
                // Evidence from the leadership programme comes only from modules really completed in the demo cohorts.
                var source = n % 2 == 0 ? EvidenceSource.CourseCompletion : EvidenceSource.ManagerAssessment;
                var item = CompetenceEvidence.Record(Guid.CreateVersion7(), holding.PersonId, areaIds[area], heldLevel, source,
                    $"demo-{n}", DemoTitle(source), achieved, null);
                // Statuses follow once, when the requirements are saved; recomputing person by person on the way would do it twice.
                item.ClearDomainEvents();
                await evidence.InsertAsync(item, null, ct);
            }
        }
        await unitOfWork.SaveChangesAsync(ct);
    }

    private static string DemoTitle(EvidenceSource source) => source switch
    {
        EvidenceSource.CourseCompletion => "E-læringskurs",
        _ => "Medarbeidersamtale",
    };
}
