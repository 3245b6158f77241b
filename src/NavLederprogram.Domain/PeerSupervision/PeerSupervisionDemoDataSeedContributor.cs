using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Peer supervision to show: the demo user Kjell Kollega (NAV Malvik) is appointed peer supervisor in his region, holding
/// the supervision competence, and leads a group of four colleagues from NAV Malvik, NAV Værnes and NAV Trondheim who
/// accepted the agreement. The group meets every second Tuesday 09:00–11:00: two meetings are held with attendance, one is
/// cancelled, the rest lie ahead. Runs once: a database where Kjell is appointed is left alone.
/// </summary>
public sealed class PeerSupervisionDemoDataSeedContributor(
    ISupervisionSettingsRepository settings,
    IPeerSupervisorRepository supervisors,
    ISupervisionGroupRepository groups,
    ISupervisionMeetingRepository meetings,
    IPersonRepository people,
    IOfficeRepository offices,
    ICompetenceEvidenceRepository evidence,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    /// <summary>The demo user kollegaveileder's person (IdentityDataSeedContributor).</summary>
    public const string SupervisorEmployeeNumber = "D0007";
    public const string GroupName = "Veiledningsgruppe Malvik og omegn";
    private const string Place = "NAV Malvik, møterom Fløan";

    /// <summary>After the people, users, competence and the supervision settings (48) it uses.</summary>
    public int Order => 85;

    public async Task SeedAsync(CancellationToken ct)
    {
        var terms = await settings.FindAsync(ct);
        var kjell = (await people.GetByEmployeeNumbersAsync([SupervisorEmployeeNumber], ct)).FirstOrDefault();
        if (terms is null || kjell is null || await supervisors.FindActiveByPersonAsync(kjell.Id, ct) is not null) return;
        var allOffices = await offices.GetAllAsync(ct);
        Office? Find(string name) => allOffices.FirstOrDefault(o => o.Name == name);
        if (Find("NAV Malvik") is not { } malvik || Find("NAV Værnes") is not { } varnes || Find("NAV Trondheim") is not { } trondheim)
            return;

        var now = clock.GetUtcNow().UtcDateTime;
        var today = OsloTime.Today(clock);
        await EnsureSupervisionCompetenceAsync(kjell.Id, terms, today, ct);
        await supervisors.InsertAsync(PeerSupervisor.Appoint(Guid.CreateVersion7(), kjell.Id, malvik.RegionId, 4,
            [malvik.Id, varnes.Id, trondheim.Id], today.AddMonths(-6)), ct);

        var invitees = new List<Invitee>();
        foreach (var (office, count) in new[] { (malvik, 2), (varnes, 1), (trondheim, 1) })
            invitees.AddRange((await people.GetPageAsync(new PageRequest(null, null, 0, 200), office.Id, AccessScope.National, ct)).Items
                .Where(p => p.UserId is null && p.Id != kjell.Id)
                .OrderByDescending(p => p.EmployeeNumber, StringComparer.Ordinal).Take(count)
                .Select(p => new Invitee(p.Id, office.Id)));
        if (invitees.Count < PeerSupervisionConsts.MinGroupMembers) return;

        // The group began five weeks ago, on a Tuesday: its first meetings lie in the past.
        var firstDay = today.AddDays(-35);
        firstDay = firstDay.AddDays(-(((int)firstDay.DayOfWeek - (int)DayOfWeek.Tuesday + 7) % 7));
        var firstStart = firstDay.ToDateTime(new TimeOnly(9, 0));
        var began = OsloTime.ToUtc(firstDay.AddDays(-7), new TimeOnly(12, 0));
        var group = new SupervisionGroup(Guid.CreateVersion7(), GroupName, SupervisionKind.Group, kjell.Id, null, malvik.RegionId, invitees,
            new AgreementTerms(
                "Det som blir sagt i gruppa, blir i gruppa. Vi deler ikke andres saker eller refleksjoner utenfor gruppa.",
                "Annenhver tirsdag kl. 09.00–11.00, ti ganger.",
                "Reflekterende team: den som tar med en sak, lytter mens de andre reflekterer, og får siste ord.",
                "Saker beskrives uten navn, fødselsnummer, adresse eller andre detaljer som kan identifisere brukeren.",
                terms.MeetingsForEvidence, terms.EvidencePeriodMonths),
            began);
        foreach (var invitee in invitees)
        {
            group.Accept(invitee.PersonId, began);
            group.AcceptAgreement(invitee.PersonId, 1);
        }
        group.SetSchedule(new MeetingSchedule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10", firstStart, 120, Place, null, began));
        await groups.InsertAsync(group, ct);

        var members = group.ActiveMemberIds;
        var planned = group.Schedule!.Expand()
            .Select(o => new SupervisionMeeting(Guid.CreateVersion7(), group.Id, o, Place, null, o.StartsAt <= now ? began : now))
            .ToList();
        var past = planned.Where(m => m.StartsAt <= now).ToList();
        // The first meeting everyone came to, the second one was missing; the third was cancelled.
        if (past.Count > 0) past[0].RegisterAttendance(members, members, now);
        if (past.Count > 1) past[1].RegisterAttendance(members.Skip(1).ToList(), members, now);
        foreach (var meeting in past.Skip(2)) meeting.Cancel();
        await meetings.InsertManyAsync(planned, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The supervisor holds the supervision competence at the level the settings ask, from the university-college programme.
    /// </summary>
    private async Task EnsureSupervisionCompetenceAsync(Guid personId, SupervisionSettings terms, DateOnly today, CancellationToken ct)
    {
        if (terms.SupervisorAreaId is not { } areaId) return;
        var held = (await evidence.GetApprovedFactsAsync([personId], ct)).Any(f => f.CompetenceAreaId == areaId
            && f.Fact.Level >= terms.SupervisorMinimumLevel && (f.Fact.ValidUntil is null || f.Fact.ValidUntil >= today));
        if (held) return;
        await evidence.InsertAsync(CompetenceEvidence.Record(Guid.CreateVersion7(), personId, areaId, terms.SupervisorMinimumLevel,
            EvidenceSource.ManagerAssessment, "demo-veiledningsutdanning", "Videreutdanning i veiledning (høgskole)", today.AddYears(-2),
            null), null, ct);
    }
}
