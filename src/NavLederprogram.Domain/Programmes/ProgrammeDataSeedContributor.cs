using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.Events;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Privacy;
using NavLederprogram.Programmes.Events;

namespace NavLederprogram.Programmes;

/// <summary>
/// Seeds the leadership programme: a published first version approved by both owners, with four modules. On a demo
/// organisation it adds one story a pilot office can be shown, dated from the day the seed runs: a national cohort
/// completed last year whose participants have their certificates; a national cohort under way in which the demo
/// leader has three modules behind them (their gatherings past) and the fourth unlocked with its gathering next week;
/// a Trøndelag cohort open for enrolment with a few nominated leaders; and a national cohort planned for next autumn.
/// Completed modules give their evidence through the competence module, as in real use. Only leaders take part, each
/// in one cohort.
/// </summary>
public sealed class ProgrammeDataSeedContributor(
    IProgrammeRepository programmes,
    ICohortRepository cohorts,
    IEnrolmentRepository enrolments,
    IReflectionNoteRepository reflections,
    IPrivateTextProtector protector,
    ICompetenceCatalogueRepository catalogue,
    IRegionRepository regions,
    IOfficeRepository offices,
    IPersonRepository people,
    IJobRoleRepository jobRoles,
    ICertificateRepository certificates,
    ICourseRepository courses,
    ICourseEnrolmentRepository courseEnrolments,
    IDomainEventPublisher publisher,
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
        // Seeded history: the admins are not told of an approval that happened before the system existed.
        version.ClearDomainEvents();
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
        var regionOfOffice = (await offices.GetAllAsync(ct)).ToDictionary(o => o.Id, o => o.RegionId);
        var leaderRoles = (await jobRoles.GetAllAsync(ct)).Where(r => r.IsLeaderRole).Select(r => r.Id).ToHashSet();
        var leader = await users.FindByNameAsync("leder") is { } leaderUser ? await people.FindByUserIdAsync(leaderUser.Id, ct) : null;
        // Only leaders take part, and each in one cohort.
        var others = new Queue<Person>((await people.GetPageAsync(new PageRequest(null, null, 0, 1000), null, AccessScope.National, ct)).Items
            .Where(p => p.Id != leader?.Id && p.UserId is null && p.JobRoles.Any(r => leaderRoles.Contains(r.JobRoleId))));
        bool InTrondelag(Person p) => trondelag is not null && regionOfOffice.GetValueOrDefault(p.OfficeId) == trondelag.Id;
        List<Person> Take(int count, Func<Person, bool> where, bool fromEnd = false)
        {
            var candidates = others.Where(where);
            var taken = (fromEnd ? candidates.Reverse() : candidates).Take(count).ToList();
            var rest = others.Where(p => !taken.Contains(p)).ToList();
            others.Clear();
            foreach (var p in rest) others.Enqueue(p);
            return taken;
        }
        IReadOnlyList<Guid> facilitators = facilitator is null ? [] : [facilitator.Id];
        var facilitatorActor = new Actor(facilitator?.Id ?? Guid.Empty, facilitator?.Name ?? "Fasilitator");
        var completions = new List<ProgrammeModuleCompleted>();
        long number = 0;

        // Last year's national cohort, completed, with certificates.
        var pastStart = today.AddDays(-380);
        var past = new Cohort(Guid.CreateVersion7(), version, $"Nasjonalt kull {Term(pastStart)}", null, 20, false,
            new CohortDates(pastStart.AddDays(-50), pastStart.AddDays(-14), pastStart, pastStart.AddDays(180)), facilitators);
        Schedule(past, version, pastStart, [0, 40, 80, 120], "Thon Hotel Opera, Oslo");
        past.OpenEnrolment();
        await cohorts.InsertAsync(past, ct);
        // Leaders from the rest of the country took the national cohorts; Trøndelag's have their own regional cohort.
        foreach (var person in Take(6, p => !InTrondelag(p)))
        {
            var enrolment = await EnrolAsync(past, person, pastStart.AddDays(-30));
            foreach (var module in version.Modules) await WorkAsync(enrolment, past, module, person);
            if (enrolment.Status != EnrolmentStatus.Completed) continue;
            var certificate = new Certificate(Guid.CreateVersion7(), enrolment, person.FullName, version, past, Certificate.NewVerificationCode());
            certificate.ClearDomainEvents();
            await certificates.InsertAsync(certificate, ct);
        }
        past.Start(6);
        past.Complete(0, false, null);

        // This year's national cohort, under way: three modules done, the fourth open and its gathering next week.
        var runningStart = today.AddDays(-60);
        var running = new Cohort(Guid.CreateVersion7(), version, $"Nasjonalt kull {Term(runningStart)}", null, 24, false,
            new CohortDates(runningStart.AddDays(-40), runningStart.AddDays(-1), runningStart, today.AddDays(60)), facilitators);
        Schedule(running, version, runningStart, [0, 15, 35, 55], "NAV Trøndelag, Trondheim");
        running.OpenEnrolment();
        await cohorts.InsertAsync(running, ct);
        // The demo leaders who sign in (leder, leder2…leder6) take part, with others to make ten.
        var signingIn = new List<Person>();
        foreach (var name in new[] { "leder2", "leder3", "leder4", "leder5", "leder6" })
            if (await users.FindByNameAsync(name) is { } demoUser && await people.FindByUserIdAsync(demoUser.Id, ct) is { } demoPerson) signingIn.Add(demoPerson);
        if (leader is not null) signingIn.Insert(0, leader);
        var participants = signingIn.Concat(Take(10 - signingIn.Count, p => !InTrondelag(p))).ToList();
        foreach (var person in participants)
        {
            var enrolment = await EnrolAsync(running, person, runningStart.AddDays(-35));
            foreach (var module in version.Modules.Take(3)) await WorkAsync(enrolment, running, module, person);
        }
        running.Start(participants.Count);

        // Trøndelag's next cohort, open for enrolment, with leaders of the region nominated by KS.
        var openStart = today.AddDays(45);
        var open = new Cohort(Guid.CreateVersion7(), version, $"Kull Trøndelag {Term(openStart)}", trondelag?.Id, 20, false,
            new CohortDates(today.AddDays(-7), today.AddDays(30), openStart, openStart.AddDays(175)), facilitators);
        Schedule(open, version, openStart, [0, 40, 80, 120], "Scandic Hell, Stjørdal");
        open.OpenEnrolment();
        await cohorts.InsertAsync(open, ct);
        foreach (var person in Take(4, InTrondelag, fromEnd: true))
        {
            var enrolment = new Enrolment(Guid.CreateVersion7(), open.Id, person.Id, EnrolmentSource.Nomination, ksadmin, now.AddDays(-3));
            enrolment.Place(true, ++number, null, now.AddDays(-3));
            await enrolments.InsertAsync(enrolment, ct);
            enrolment.ClearDomainEvents();
        }

        // Next autumn's national cohort, planned: its enrolment opens by its own milestone.
        var plannedStart = today.AddDays(270);
        var planned = new Cohort(Guid.CreateVersion7(), version, $"Nasjonalt kull {Term(plannedStart)}", null, 24, false,
            new CohortDates(plannedStart.AddDays(-90), plannedStart.AddDays(-30), plannedStart, plannedStart.AddDays(180)), facilitators);
        Schedule(planned, version, plannedStart, [0, 40, 80, 120], "Oslo");
        await cohorts.InsertAsync(planned, ct);

        // Demo history announces nothing to anyone. Laying out the schedules once more after that puts the milestones of
        // the cohorts still ahead in the scheduler when they are saved.
        foreach (var cohort in new[] { past, running, open, planned }) cohort.ClearDomainEvents();
        Schedule(running, version, runningStart, [0, 15, 35, 55], "NAV Trøndelag, Trondheim");
        Schedule(open, version, openStart, [0, 40, 80, 120], "Scandic Hell, Stjørdal");
        Schedule(planned, version, plannedStart, [0, 40, 80, 120], "Oslo");
        await unitOfWork.SaveChangesAsync(ct);
        // What the participants completed is evidence of their competence, recorded as a real completion is: by the
        // Competence module's handler of the completions, published once the history is saved.
        await publisher.PublishAsync(completions, ct);

        // The module's course taken before its gathering, lesson by lesson, as a participant does. Its evidence is the module's:
        // the seeded history publishes only the module completions.
        async Task CompleteCourseAsync(Enrolment enrolment, ProgrammeModule module, string code, DateTime at)
        {
            if (await courses.FindByCodeAsync(code, ct) is not { } course || await courses.FindPublishedVersionAsync(course.Id, ct) is not { } published) return;
            var taken = new CourseEnrolment(Guid.CreateVersion7(), enrolment.PersonId, published, CourseEnrolmentSource.Programme, null);
            foreach (var lesson in published.Lessons)
            {
                taken.OpenLesson(published, lesson.Id, at);
                taken.CompleteLesson(published, lesson.Id, at);
            }
            taken.ClearDomainEvents();
            await courseEnrolments.InsertAsync(taken, ct);
            enrolment.RecordCourseCompleted(module, at);
        }

        async Task<Enrolment> EnrolAsync(Cohort cohort, Person person, DateOnly requestedOn)
        {
            var at = OsloTime.ToUtc(requestedOn, new TimeOnly(10, 0));
            var enrolment = new Enrolment(Guid.CreateVersion7(), cohort.Id, person.Id, EnrolmentSource.Application, null, at);
            enrolment.Place(true, ++number, null, at);
            await enrolments.InsertAsync(enrolment, ct);
            return enrolment;
        }

        // A module's work done after its gathering: e-learning, attendance, an approved assignment, the reflections.
        async Task WorkAsync(Enrolment enrolment, Cohort cohort, ProgrammeModule module, Person person)
        {
            var session = cohort.Sessions.First(s => s.ModuleId == module.Id);
            var doneOn = DateOnly.FromDateTime(session.StartsAt).AddDays(6);
            var doneAt = OsloTime.ToUtc(doneOn, new TimeOnly(15, 0));
            if (module.CourseReference is { } code) await CompleteCourseAsync(enrolment, module, code, session.StartsAt.AddDays(-2));
            foreach (var s in cohort.Sessions.Where(s => s.ModuleId == module.Id)) enrolment.RegisterAttendance(s.Id, true, facilitatorActor, s.EndsAt);
            foreach (var a in module.Assignments)
            {
                enrolment.Submit(a.Id, "Levert etter samlingen.", doneAt.AddDays(-3));
                enrolment.Review(a.Id, true, "Godt arbeid.", facilitatorActor, doneAt);
            }
            foreach (var r in module.ReflectionTasks)
            {
                enrolment.RecordReflectionWritten(module.Id, r.Id);
                await reflections.InsertAsync(new ReflectionNote(Guid.CreateVersion7(), person.Id, enrolment.Id, module.Id, r.Id,
                    await protector.ProtectAsync(person.Id, "Mine egne tanker.", ct)), ct);
            }
            enrolment.EvaluateCompletion(version, cohort, doneOn);
            completions.AddRange(enrolment.GetDomainEvents().OfType<ProgrammeModuleCompleted>());
            enrolment.ClearDomainEvents();
        }
    }

    /// <summary>
    /// Lays out the schedule from the start: each module unlocks on its day, its gathering a week later at 09:00,
    /// its assignment due three weeks after the unlock.
    /// </summary>
    private static void Schedule(Cohort cohort, ProgrammeVersion version, DateOnly start, int[] unlockDays, string place)
    {
        for (var i = 0; i < version.Modules.Count; i++)
        {
            var module = version.Modules[i];
            var unlock = start.AddDays(unlockDays[Math.Min(i, unlockDays.Length - 1)]);
            cohort.SetModuleUnlock(module.Id, unlock);
            foreach (var session in cohort.Sessions.Where(s => s.ModuleId == module.Id))
                cohort.ScheduleSession(session.Id, OsloTime.ToUtc(unlock.AddDays(7), new TimeOnly(9, 0)), session.DurationMinutes,
                    session.Format == GatheringFormat.Online ? null : place, session.Format == GatheringFormat.Online ? "https://video.nav.no/lederprogrammet" : null);
            foreach (var a in module.Assignments) cohort.SetDeadline(a.Id, unlock.AddDays(21));
        }
    }

    /// <summary>A cohort is named by its term: "våren 2027", "høsten 2026".</summary>
    public static string Term(DateOnly start) => $"{(start.Month <= 6 ? "våren" : "høsten")} {start.Year}";
}
