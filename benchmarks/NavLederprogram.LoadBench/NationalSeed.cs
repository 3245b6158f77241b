using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using NavLederprogram.Organisation;
using NavLederprogram.PeerSupervision;
using NavLederprogram.Privacy;
using NavLederprogram.Programmes;

namespace NavLederprogram.LoadBench;

/// <summary>
/// The national data set on top of the demo seed: 450 offices, 20,000 people with evidence for about 70 % of what
/// their job role requires, 1,000 leaders with their own user accounts enrolled 50 each in 20 running cohorts (the
/// first module worked through, as the demo's running cohort), and ten notifications each. The bulk rows go straight
/// to the DbContext in batches; enrolment goes through the application's EnrolmentManager, under the cohort's lock.
/// </summary>
public sealed class NationalSeed(IServiceProvider root, string outputFolder)
{
    public const int TotalOffices = 450;
    public const int TotalPeople = 20_000;
    public const int Leaders = 1_000;
    public const int Cohorts = 20;
    public const int Nominees = 200;
    public const string LeaderPassword = "Bench123!";
    private const int Batch = 1_000;
    private static readonly string[] FirstNames = ["Anne", "Bjørn", "Camilla", "Dag", "Eli", "Finn", "Guro", "Håkon", "Ingrid", "Jon",
        "Kari", "Lars", "Marit", "Nils", "Ola", "Per", "Randi", "Siri", "Tor", "Unni", "Vegard", "Åse", "Ánde", "Máret"];
    private static readonly string[] LastNames = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
        "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl",
        "Sara", "Somby", "Østby"];

    private readonly Random _random = new(42);
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static string LeaderUserName(int n) => $"leder{n:D4}";

    public async Task RunAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using (var scope = root.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
            await db.Database.MigrateAsync(ct);
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(ct);
            if (await db.People.CountAsync(ct) >= TotalPeople)
                throw new InvalidOperationException("The database already holds the national data set.");
        }
        Step("migrated, demo data seeded", watch);

        var offices = await AddOfficesAsync(ct);
        Step($"{TotalOffices} offices", watch);
        var (leaders, nominees, others) = await AddPeopleAsync(offices, ct);
        Step($"{TotalPeople:N0} people, {Leaders} leader accounts, evidence", watch);
        var places = await EnrolAsync(leaders, ct);
        Step($"{Cohorts} running cohorts of {Leaders / Cohorts}", watch);
        var notifications = await NotifyAsync(leaders, ct);
        Step("notifications", watch);
        var groups = await AddSupervisionAsync(offices, ct);
        Step($"{groups} supervision groups with their supervisors and meetings", watch);
        await using (var scope = root.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<CompetenceStatusCalculator>().RecomputeAsync(null, ct);
            // The outbox of the seeded notifications is not part of what is measured: the host would mail it during the run.
            await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Set<NotificationEmail>().ExecuteDeleteAsync(ct);
            Step($"competence statuses ({result})", watch);
        }

        Directory.CreateDirectory(outputFolder);
        await File.WriteAllLinesAsync(Path.Combine(outputFolder, "leaders.tsv"), leaders.Select((l, i) =>
            string.Join('\t', l.UserName, l.UserId, l.PersonId, places[i].EnrolmentId, places[i].AssignmentId, places[i].ReflectionTaskId,
                notifications[i])), ct);
        await File.WriteAllLinesAsync(Path.Combine(outputFolder, "people.txt"),
            others.OrderBy(_ => _random.Next()).Take(1000).Select(id => id.ToString()), ct);
        await File.WriteAllLinesAsync(Path.Combine(outputFolder, "nominees.txt"), nominees.Select(id => id.ToString()), ct);
    }

    private static void Step(string what, Stopwatch watch) => Console.WriteLine($"  {watch.Elapsed.TotalSeconds,6:F1} s  {what}");

    private async Task<List<Guid>> AddOfficesAsync(CancellationToken ct)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        var existing = await db.Offices.CountAsync(ct);
        for (var i = existing; i < TotalOffices; i++)
        {
            var municipality = municipalities[i % municipalities.Count];
            db.Add(new Office(Guid.CreateVersion7(), $"NAV {municipality.Name} {i:D3}", municipality.RegionId,
                i % 5 == 0 ? LeadershipModel.DualLeader : LeadershipModel.SingleLeader, 10 + i % 90, [municipality.Id]));
        }
        await db.SaveChangesAsync(ct);
        return await db.Offices.Select(o => o.Id).ToListAsync(ct);
    }

    private sealed record LeaderAccount(string UserName, Guid UserId, Guid PersonId);

    /// <summary>
    /// People up to 20,000: first the 1,000 leaders with accounts (office and team leaders), then 200 team leaders
    /// without one for the simultaneous enrolment check, then advisors and the other job roles.
    /// </summary>
    private async Task<(List<LeaderAccount> Leaders, List<Guid> Nominees, List<Guid> Others)> AddPeopleAsync(
        List<Guid> offices, CancellationToken ct)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var roles = await db.JobRoles.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Id, ct);
        var requirements = (await db.Set<CompetenceRequirement>().AsNoTracking().ToListAsync(ct))
            .Where(r => r.RegionId is null && r.OfficeId is null).ToLookup(r => r.JobRoleId);
        var leaderRoleId = (await db.Roles.SingleAsync(r => r.Name == RoleNames.Leader, ct)).Id;
        // One real hash of the one password, made by the configured hasher: 1,000 hashes would cost a minute of CPU.
        var passwordHash = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().PasswordHasher
            .HashPassword(new AppUser(), LeaderPassword);
        string[] staff = ["Advisor", "Advisor", "Advisor", "ReceptionAdvisor", "EmployerContact", "PeerSupervisor"];

        var leaders = new List<LeaderAccount>();
        var nominees = new List<Guid>();
        var others = new List<Guid>();
        var existing = await db.People.CountAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var n = 0; n < TotalPeople - existing; n++)
        {
            var isLeader = n < Leaders;
            var isNominee = !isLeader && n < Leaders + Nominees;
            var roleCode = isLeader ? (n % 2 == 0 ? "OfficeLeader" : "TeamLeader") : isNominee ? "TeamLeader" : staff[n % staff.Length];
            var first = FirstNames[n * 7 % FirstNames.Length];
            var last = LastNames[n * 13 % LastNames.Length];
            var person = new Person(Guid.CreateVersion7(), $"B{n:D6}", first, last, $"b{n:D6}@nav.no",
                n % 3 == 0 ? Employer.Municipality : Employer.State, offices[n % offices.Count]);
            person.SetJobRoles([(roles[roleCode], _today.AddDays(-_random.Next(30, 4000)))]);
            if (isLeader)
            {
                var userName = LeaderUserName(n + 1);
                var user = new AppUser(Guid.CreateVersion7(), userName, $"{userName}@nav.no", $"{first} {last}")
                {
                    NormalizedUserName = userName.ToUpperInvariant(),
                    NormalizedEmail = $"{userName}@nav.no".ToUpperInvariant(),
                    PasswordHash = passwordHash,
                };
                db.Add(user);
                db.Add(new AppUserRole { UserId = user.Id, RoleId = leaderRoleId });
                person.LinkUser(user.Id);
                leaders.Add(new LeaderAccount(userName, user.Id, person.Id));
            }
            else if (isNominee) nominees.Add(person.Id);
            else others.Add(person.Id);
            db.Add(person);

            foreach (var requirement in requirements[roles[roleCode]])
            {
                var roll = _random.Next(100);
                if (roll >= 70) continue;
                db.Add(CompetenceEvidence.Record(Guid.CreateVersion7(), person.Id, requirement.CompetenceAreaId, roll < 10 ? 1 : _random.Next(2, 5),
                    EvidenceSource.CourseCompletion, $"bench-{n}-{requirement.Id}", "Kurs", _today.AddDays(-_random.Next(1, 1500)), null));
            }
            if ((n + 1) % Batch == 0)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync(ct);
        return (leaders, nominees, others);
    }

    /// <summary>
    /// Peer supervision in proportion: one group per ten offices, led by a peer supervisor appointed in the region of the
    /// first of them, with six colleagues from those offices who accepted the agreement; ten fortnightly meetings, five held
    /// with attendance, one cancelled, four ahead.
    /// </summary>
    private async Task<int> AddSupervisionAsync(List<Guid> offices, CancellationToken ct)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var regionOf = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.RegionId, ct);
        var peopleAt = (await db.People.AsNoTracking().Where(p => p.UserId == null && p.EmployeeNumber.StartsWith("B"))
            .Select(p => new { p.Id, p.OfficeId }).ToListAsync(ct)).ToLookup(p => p.OfficeId, p => p.Id);
        var now = DateTime.UtcNow;
        var began = now.AddDays(-120);
        var first = OsloTime.ToOslo(now).Date.AddDays(-70).AddHours(9);
        var made = 0;
        foreach (var chunk in offices.Chunk(10))
        {
            var people = chunk.SelectMany(o => peopleAt[o].Take(2).Select(id => (Id: id, Office: o))).ToList();
            if (people.Count < 7) continue;
            var (supervisor, members) = (people[0], people.Skip(1).Take(6).ToList());
            var regionId = regionOf[supervisor.Office];
            db.Add(PeerSupervisor.Appoint(Guid.CreateVersion7(), supervisor.Id, regionId, 2, chunk, _today.AddYears(-1)));
            var group = new SupervisionGroup(Guid.CreateVersion7(), $"Veiledningsgruppe {made + 1:D3}", SupervisionKind.Group, supervisor.Id, null, regionId,
                members.Select(m => new Invitee(m.Id, m.Office)).ToList(),
                new AgreementTerms("Taushet", "Annenhver uke", "Reflekterende team", "Uten navn og fødselsnummer", 4, 12), began);
            foreach (var member in members)
            {
                group.Accept(member.Id, began);
                group.AcceptAgreement(member.Id, 1);
            }
            group.SetSchedule(new MeetingSchedule("FREQ=WEEKLY;INTERVAL=2;COUNT=10", first, 120, "Møterom", null, began));
            db.Add(group);
            var ids = group.ActiveMemberIds;
            var meetings = group.Schedule!.Expand().Select(o => new SupervisionMeeting(Guid.CreateVersion7(), group.Id, o, "Møterom", null,
                o.StartsAt <= now ? began : now)).ToList();
            var past = meetings.Where(m => m.StartsAt <= now).ToList();
            for (var i = 0; i < past.Count; i++)
            {
                if (i == past.Count - 1) past[i].Cancel();
                else past[i].RegisterAttendance(ids.Where(_ => _random.Next(100) < 80).ToList(), ids, now);
            }
            foreach (var meeting in meetings) db.Add(meeting);
            made++;
        }
        await db.SaveChangesAsync(ct);
        return made;
    }

    private sealed record Place(Guid EnrolmentId, Guid AssignmentId, Guid ReflectionTaskId);

    /// <summary>
    /// Twenty national cohorts started 60 days ago, as the demo's running cohort: modules unlock on days 0, 15, 35
    /// and 55; each participant has done the first module's e-learning, attended its gathering, submitted its
    /// assignment and written its reflection, so that the second module is where they work.
    /// </summary>
    private async Task<List<Place>> EnrolAsync(List<LeaderAccount> leaders, CancellationToken ct)
    {
        var places = new List<Place>();
        var perCohort = leaders.Count / Cohorts;
        for (var c = 0; c < Cohorts; c++)
        {
            await using var scope = root.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var versions = await services.GetRequiredService<IProgrammeRepository>().GetVersionsAsync(ct);
            var version = versions.Where(v => v.Status == ProgrammeVersionStatus.Published).OrderByDescending(v => v.Number).First();
            var cohortRepository = services.GetRequiredService<ICohortRepository>();
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            var facilitator = await services.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("fasilitator");
            var facilitatorActor = new Actor(facilitator?.Id ?? Guid.Empty, facilitator?.Name ?? "Fasilitator");

            var start = _today.AddDays(-60 + c % 5);
            var name = $"Nasjonalt kull {c + 1:D2} {ProgrammeDataSeedContributor.Term(start)}";
            var cohort = new Cohort(Guid.CreateVersion7(), version, name, null, perCohort, false,
                new CohortDates(start.AddDays(-40), start.AddDays(-1), start, _today.AddDays(120)),
                facilitator is null ? [] : [facilitator.Id]);
            int[] unlockDays = [0, 15, 35, 55];
            for (var i = 0; i < version.Modules.Count; i++)
            {
                var module = version.Modules[i];
                var unlock = start.AddDays(unlockDays[Math.Min(i, unlockDays.Length - 1)]);
                cohort.SetModuleUnlock(module.Id, unlock);
                foreach (var session in cohort.Sessions.Where(s => s.ModuleId == module.Id))
                {
                    var online = session.Format == GatheringFormat.Online;
                    cohort.ScheduleSession(session.Id, OsloTime.ToUtc(unlock.AddDays(7), new TimeOnly(9, 0)), session.DurationMinutes,
                        online ? null : "Oslo", online ? "https://video.nav.no/lederprogrammet" : null);
                }
                foreach (var a in module.Assignments) cohort.SetDeadline(a.Id, unlock.AddDays(21));
            }
            cohort.OpenEnrolment();
            await cohortRepository.InsertAsync(cohort, ct);
            await unitOfWork.SaveChangesAsync(ct);

            var manager = services.GetRequiredService<EnrolmentManager>();
            var reflections = services.GetRequiredService<IReflectionNoteRepository>();
            var protector = services.GetRequiredService<IPrivateTextProtector>();
            var first = version.Modules[0];
            var session1 = cohort.Sessions.First(s => s.ModuleId == first.Id);
            var requestedOn = start.AddDays(-20);
            var requestedAt = OsloTime.ToUtc(requestedOn, new TimeOnly(10, 0));
            foreach (var leader in leaders.Skip(c * perCohort).Take(perCohort))
            {
                var enrolment = await manager.RequestAsync(cohort, leader.PersonId, EnrolmentSource.Application, null, requestedAt, requestedOn,
                    ct);
                enrolment.RecordCourseCompleted(first, session1.StartsAt.AddDays(-2));
                enrolment.RegisterAttendance(session1.Id, true, facilitatorActor, session1.EndsAt);
                var assignment = first.Assignments[0];
                enrolment.Submit(assignment.Id, "Levert etter samlingen.", session1.EndsAt.AddDays(3));
                var reflection = first.ReflectionTasks[0];
                enrolment.RecordReflectionWritten(first.Id, reflection.Id);
                await reflections.InsertAsync(
                    new ReflectionNote(Guid.CreateVersion7(), leader.PersonId, enrolment.Id, first.Id, reflection.Id,
                        await protector.ProtectAsync(leader.PersonId, "Mine egne tanker.", ct)), ct);
                places.Add(new Place(enrolment.Id, assignment.Id, reflection.Id));
            }
            cohort.Start(perCohort);
            await unitOfWork.SaveChangesAsync(ct);
        }
        return places;
    }

    /// <summary>
    /// Ten unread notifications per leader beside those the enrolment sent, so that the list and the unread count have rows to read.
    /// </summary>
    private async Task<List<Guid>> NotifyAsync(List<LeaderAccount> leaders, CancellationToken ct)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var first = new List<Guid>();
        var now = DateTime.UtcNow;
        foreach (var leader in leaders)
        {
            for (var i = 0; i < 10; i++)
            {
                var notification = new Notification(Guid.CreateVersion7(), leader.PersonId, leader.UserId,
                    new NotificationMessage(NotificationKind.Cohort, "Cohort.Started", [$"Nasjonalt kull {i + 1:D2}"], "/my-programme",
                        $"bench/{leader.UserName}/{i.ToString(CultureInfo.InvariantCulture)}"), now.AddMinutes(-i));
                db.Add(notification);
                if (i == 0) first.Add(notification.Id);
            }
        }
        await db.SaveChangesAsync(ct);
        return first;
    }
}
