using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;

namespace NavLederprogram.Programmes;

/// <summary>
/// Seeds the leadership programme: a published first version approved by both owners, with four modules. On a demo
/// organisation it adds a regional cohort open for enrolment and a national cohort under way in which the demo leader
/// has three modules behind them and the fourth unlocked.
/// </summary>
public sealed class ProgrammeDataSeedContributor(
    IProgrammeRepository programmes,
    ICohortRepository cohorts,
    IEnrolmentRepository enrolments,
    IReflectionNoteRepository reflections,
    ICompetenceCatalogueRepository catalogue,
    IRegionRepository regions,
    IPersonRepository people,
    UserManager<AppUser> users,
    IOptions<IdentitySeedOptions> options,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 50;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await programmes.GetProgrammeAsync(ct) is not null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var ks = await ActorAsync("ksadmin", "KS");
        var directorate = await ActorAsync("diradmin", "Arbeids- og velferdsdirektoratet");
        var programme = new Programme(Guid.CreateVersion7(),
            new TranslatedText("Lederprogram for ledere i NAV-kontor", "Leiarprogram for leiarar i NAV-kontor", "Leadership programme for NAV office leaders"),
            new TranslatedText("Det felles lederprogrammet til KS og Arbeids- og velferdsdirektoratet for ledere i NAV-kontor: ledelse, faglig kunnskap og veiledning i egen praksis.",
                "Det felles leiarprogrammet til KS og Arbeids- og velferdsdirektoratet for leiarar i NAV-kontor: leiing, fagleg kunnskap og rettleiing i eigen praksis.",
                "The joint leadership programme of KS and the Norwegian Labour and Welfare Directorate for NAV office leaders: leadership, professional knowledge and supervision in one's own practice."));
        await programmes.InsertProgrammeAsync(programme, ct);
        var version = new ProgrammeVersion(Guid.CreateVersion7(), programme.Id, 1,
            new TranslatedText("Lederprogrammet 2026", "Leiarprogrammet 2026", "Leadership programme 2026"), programme.Description, ks, now.AddDays(-120));
        var areas = (await catalogue.GetAreasAsync(ct)).ToDictionary(a => a.Code, a => a.Id);
        foreach (var module in Modules(areas)) version.AddModule(module, ks, now.AddDays(-120));
        version.Approve(ApprovalParty.Ks, ks, now.AddDays(-110));
        version.Approve(ApprovalParty.Directorate, directorate, now.AddDays(-108));
        await programmes.InsertVersionAsync(version, ct);
        await unitOfWork.SaveChangesAsync(ct);
        if (options.Value.SeedDemoUsers) await SeedDemoCohortsAsync(version, ct);
    }

    private async Task<Actor> ActorAsync(string userName, string fallbackName) =>
        await users.FindByNameAsync(userName) is { } user ? new Actor(user.Id, user.Name) : new Actor(Guid.CreateVersion7(), fallbackName);

    /// <summary>The first two modules are translated into nynorsk and English; the last two exist in bokmål only and show the fallback.</summary>
    private static IEnumerable<ModuleContent> Modules(IReadOnlyDictionary<string, Guid> areas)
    {
        IReadOnlyList<GrantContent> Grant(string code, int level) => areas.TryGetValue(code, out var id) ? [new GrantContent(id, level, 36)] : [];
        static TranslatedText T(string nb, string? nn = null, string? en = null) => new(nb, nn, en);
        yield return new ModuleContent(
            T("Lederrollen i NAV-kontoret", "Leiarrolla i NAV-kontoret", "The leadership role in the NAV office"),
            T("Partnerskapet mellom stat og kommune, lederrollen og lederskap i egen praksis.",
                "Partnarskapet mellom stat og kommune, leiarrolla og leiarskap i eigen praksis.",
                "The partnership between state and municipality, the leadership role and leadership in one's own practice."),
            [T("Forklare partnerskapet og ansvarsdelingen i eget kontor", "Forklare partnarskapet og ansvarsdelinga i eige kontor", "Explain the partnership and the division of responsibilities in your own office"),
                T("Reflektere over egen lederrolle", "Reflektere over eiga leiarrolle", "Reflect on your own role as a leader")], "KURS-LEDERROLLEN",
            [new GatheringContent(null, T("Oppstartssamling", "Oppstartssamling", "Opening gathering"), GatheringFormat.InPerson, 6 * 60)],
            [new AssignmentContent(null, T("Kartlegg partnerskapet i ditt kontor", "Kartlegg partnarskapet i kontoret ditt", "Map the partnership in your office"),
                T("Beskriv ansvarsdelingen og ett forbedringsområde.", "Beskriv ansvarsdelinga og eitt forbetringsområde.", "Describe the division of responsibilities and one area for improvement."), 21)],
            [new ReflectionContent(null, T("Hva kjennetegner god ledelse i et kontor med to eiere?", "Kva kjenneteiknar god leiing i eit kontor med to eigarar?",
                "What characterises good leadership in an office with two owners?"))], Grant("PARTNERSKAP", 3));
        yield return new ModuleContent(
            T("Kunnskapsbasert ledelse og mål- og resultatstyring", "Kunnskapsbasert leiing og mål- og resultatstyring", "Knowledge-based leadership and performance management"),
            T("Bruk av styringsdata og kunnskap i utviklingen av tjenestene.", "Bruk av styringsdata og kunnskap i utviklinga av tenestene.",
                "Using management data and knowledge to develop the services."),
            [T("Bruke styringsdata i dialog med medarbeidere", "Bruke styringsdata i dialog med medarbeidarar", "Use management data in dialogue with employees"),
                T("Sette mål som gir retning", "Setje mål som gir retning", "Set goals that give direction")], null,
            [new GatheringContent(null, T("Digital samling: data i ledelse", "Digital samling: data i leiing", "Online gathering: data in leadership"), GatheringFormat.Online, 3 * 60)],
            [new AssignmentContent(null, T("Målkort for ditt kontor", "Målkort for kontoret ditt", "Scorecard for your office"),
                T("Lag et målkort med tre mål og hvordan dere følger dem opp.", "Lag eit målkort med tre mål og korleis de følgjer dei opp.",
                    "Make a scorecard with three goals and how you will follow them up."), 14)],
            [new ReflectionContent(null, T("Hvilke data bruker du i dag, og hvilke savner du?", "Kva data bruker du i dag, og kva saknar du?",
                "Which data do you use today, and which do you miss?"))], [.. Grant("KUNNSKAPSLEDELSE", 3), .. Grant("MRS", 3)]);
        yield return new ModuleContent(T("Arbeidsrettet oppfølging og markedsarbeid"), T("Ledelse av arbeidsrettet oppfølging og samarbeid med arbeidsgivere."),
            [T("Lede et team med arbeidsrettet oppfølging"), T("Bygge et markedsarbeid sammen med arbeidsgivere")], null,
            [new GatheringContent(null, T("Samling med hospitering"), GatheringFormat.InPerson, 2 * 6 * 60)],
            [new AssignmentContent(null, T("Plan for markedsarbeid"), T("Lag en plan for markedsarbeidet neste halvår."), 21)],
            [new ReflectionContent(null, T("Hvordan følger kontoret ditt opp brukere som står langt fra arbeidslivet?"))], Grant("MARKEDSARBEID", 3));
        yield return new ModuleContent(T("Endringsledelse og kollegaveiledning"), T("Lede endring, og bruke kollegaveiledning for å lære av egen praksis."),
            [T("Planlegge og lede en endring"), T("Bruke kollegaveiledning i eget kontor")], null,
            [new GatheringContent(null, T("Avslutningssamling"), GatheringFormat.InPerson, 6 * 60)],
            [new AssignmentContent(null, T("Endringsprosjekt"), T("Beskriv en endring du leder, hva du lærte og hva du gjør videre."), 14)],
            [new ReflectionContent(null, T("Hva tar du med deg fra programmet inn i din hverdag som leder?"))], Grant("ENDRING", 3));
    }

    private async Task SeedDemoCohortsAsync(ProgrammeVersion version, CancellationToken ct)
    {
        var today = OsloTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var facilitator = await users.FindByNameAsync("fasilitator");
        var ksadmin = await ActorAsync("ksadmin", "KS");
        var trondelag = (await regions.GetAllAsync(ct)).FirstOrDefault(r => r.Name == "Trøndelag");
        var leader = await users.FindByNameAsync("leder") is { } leaderUser ? await people.FindByUserIdAsync(leaderUser.Id, ct) : null;
        var others = (await people.GetPageAsync(new PageRequest(null, null, 0, 400), null, AccessScope.National, ct)).Items
            .Where(p => p.Id != leader?.Id).ToList();
        IReadOnlyList<Guid> facilitators = facilitator is null ? [] : [facilitator.Id];

        var open = new Cohort(Guid.CreateVersion7(), version, "Kull Trøndelag 2027", trondelag?.Id, 20, false,
            new CohortDates(today.AddDays(-7), today.AddDays(30), today.AddDays(45), today.AddDays(220)), facilitators);
        open.OpenEnrolment();
        await cohorts.InsertAsync(open, ct);

        var running = new Cohort(Guid.CreateVersion7(), version, "Nasjonalt kull 2026", null, 24, false,
            new CohortDates(today.AddDays(-100), today.AddDays(-61), today.AddDays(-60), today.AddDays(60)), facilitators);
        running.OpenEnrolment();
        await cohorts.InsertAsync(running, ct);

        var participants = (leader is null ? others.Take(10) : others.Take(9).Prepend(leader)).ToList();
        long number = 0;
        var facilitatorActor = new Actor(facilitator?.Id ?? Guid.Empty, facilitator?.Name ?? "Fasilitator");
        foreach (var person in participants)
        {
            var enrolment = new Enrolment(Guid.CreateVersion7(), running.Id, person.Id, EnrolmentSource.Application, null, now.AddDays(-95));
            enrolment.Place(true, ++number, null, now.AddDays(-95));
            enrolment.ClearDomainEvents();
            await enrolments.InsertAsync(enrolment, ct);
            // Everyone has the first three modules behind them; the fourth is what the cohort works on now.
            foreach (var module in version.Modules.Take(3))
            {
                enrolment.MarkELearningDone(module, now.AddDays(-50));
                foreach (var session in running.Sessions.Where(s => s.ModuleId == module.Id)) enrolment.RegisterAttendance(session.Id, true, facilitatorActor, session.EndsAt);
                foreach (var a in module.Assignments)
                {
                    enrolment.Submit(a.Id, "Levert i programmets første halvdel.", now.AddDays(-40));
                    enrolment.Review(a.Id, true, "Godt arbeid.", facilitatorActor, now.AddDays(-35));
                }
                foreach (var r in module.ReflectionTasks)
                {
                    enrolment.RecordReflectionWritten(module.Id, r.Id);
                    await reflections.InsertAsync(new ReflectionNote(Guid.CreateVersion7(), person.Id, enrolment.Id, module.Id, r.Id, "Mine egne tanker."), ct);
                }
            }
            enrolment.EvaluateCompletion(version, running, today.AddDays(-30));
            // The competence seed already holds the demo evidence of these people; this history adds no more of it.
            enrolment.ClearDomainEvents();
        }
        var waiting = others.Skip(9).Take(4).ToList();
        foreach (var person in waiting)
        {
            var enrolment = new Enrolment(Guid.CreateVersion7(), open.Id, person.Id, EnrolmentSource.Nomination, ksadmin, now.AddDays(-3));
            enrolment.Place(true, ++number, null, now.AddDays(-3));
            enrolment.ClearDomainEvents();
            await enrolments.InsertAsync(enrolment, ct);
        }
        running.Start(participants.Count);
        // Demo history announces nothing to anyone; the schedule changes below still put the milestones in the scheduler.
        running.ClearDomainEvents();
        var last = version.Modules[^1];
        running.SetModuleUnlock(last.Id, today.AddDays(-5));
        var lastSession = running.Sessions.First(s => s.ModuleId == last.Id);
        running.ScheduleSession(lastSession.Id, OsloTime.ToUtc(today.AddDays(-3), new TimeOnly(9, 0)), lastSession.DurationMinutes, "NAV Trøndelag, Trondheim", null);
        foreach (var a in last.Assignments) running.SetDeadline(a.Id, today.AddDays(10));
        await unitOfWork.SaveChangesAsync(ct);
    }
}
