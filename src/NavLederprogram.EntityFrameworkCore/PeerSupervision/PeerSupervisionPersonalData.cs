using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using NavLederprogram.PeerSupervision;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

/// <summary>
/// Group and one-to-one memberships, reflection notes (private: deleted at once), cases the person brought, and an appointment as
/// peer supervisor. Attendance rows and groups the person led stay: they hold only the id of the anonymised person.
/// </summary>
public sealed class PeerSupervisionPersonalData(NavLederprogramDbContext db, IPrivateTextProtector protector) : IPersonalDataSource
{
    public const string Memberships = "SupervisionMemberships";
    public const string Reflections = "SupervisionReflections";
    public const string Cases = "SupervisionCases";
    public const string Appointments = "PeerSupervisorAppointments";

    public string Module => "PeerSupervision";

    public IReadOnlyList<PersonalDataKind> Kinds { get; } =
    [
        new(Memberships, PersonalDataBasis.PublicTask), new(Reflections, PersonalDataBasis.PublicTask),
        new(Cases, PersonalDataBasis.PublicTask), new(Appointments, PersonalDataBasis.PublicTask),
    ];

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, bool includePrivateTexts, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return new(Module, []);
        var groups = await GroupsOf(id).AsNoTracking().ToListAsync(ct);
        var entries = groups.Select(g => (g, m: g.Members.First(m => m.PersonId == id)))
            .Select(x => PersonalDataEntry.Of(Memberships, ("group", x.g.Name), ("kind", x.g.Kind), ("status", x.m.Status), ("invitedAt", x.m.InvitedAt),
                ("answeredAt", x.m.AnsweredAt))).ToList();
        foreach (var r in await ReflectionsOf(id).AsNoTracking().ToListAsync(ct))
            entries.Add(PersonalDataEntry.Of(Reflections, ("writtenAt", r.LastModificationTime ?? r.CreationTime), ("sharedWithGroupAt", r.SharedWithGroupAt),
                ("text", includePrivateTexts && ProtectedText.IsProtected(r.ProtectedText) ? await protector.UnprotectAsync(id, r.ProtectedText, ct) : null)));
        var cases = await CasesOf(id).AsNoTracking().ToListAsync(ct);
        entries.AddRange(cases.Select(c => PersonalDataEntry.Of(Cases, ("title", c.Title), ("description", c.Description), ("broughtAt", c.CreationTime))));
        var appointments = await AppointmentsOf(id).AsNoTracking().ToListAsync(ct);
        entries.AddRange(appointments.Select(a => PersonalDataEntry.Of(Appointments, ("appointedOn", a.AppointedOn), ("endedOn", a.EndedOn),
            ("capacity", a.Capacity))));
        return new(Module, entries);
    }

    public async Task<IReadOnlyList<ErasureStep>> PlanErasureAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return [];
        return
        [
            new(Module, Memberships, ErasureAction.Delete, await GroupsOf(id).CountAsync(ct)),
            new(Module, Reflections, ErasureAction.Delete, await ReflectionsOf(id).CountAsync(ct)),
            new(Module, Cases, ErasureAction.Delete, await CasesOf(id).CountAsync(ct)),
            new(Module, Appointments, ErasureAction.Delete, await AppointmentsOf(id).CountAsync(ct)),
        ];
    }

    public async Task EraseAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return;
        await ReflectionsOf(id).ExecuteDeleteAsync(ct);
        await CasesOf(id).ExecuteDeleteAsync(ct);
        await AppointmentsOf(id).ExecuteDeleteAsync(ct);
        // Members are owned by their group and cannot be deleted by a query of their own; the table and column come from the model.
        var member = db.Model.FindEntityType(typeof(GroupMember))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(member.GetTableName()!);
        var column = sql.DelimitIdentifier(member.FindProperty(nameof(GroupMember.PersonId))!.GetColumnName());
        // Both names are delimited identifiers from the model, never input; the id is a parameter.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {table} WHERE {column} = {{0}}", [id], ct);
#pragma warning restore EF1002
    }

    private IQueryable<SupervisionGroup> GroupsOf(Guid personId) =>
        db.Set<SupervisionGroup>().IgnoreQueryFilters().Where(g => g.Members.Any(m => m.PersonId == personId));

    private IQueryable<SupervisionReflection> ReflectionsOf(Guid personId) =>
        db.Set<SupervisionReflection>().IgnoreQueryFilters().Where(r => r.AuthorPersonId == personId);

    private IQueryable<SupervisionCase> CasesOf(Guid personId) => db.Set<SupervisionCase>().IgnoreQueryFilters().Where(c => c.AuthorPersonId == personId);

    private IQueryable<PeerSupervisor> AppointmentsOf(Guid personId) => db.Set<PeerSupervisor>().IgnoreQueryFilters().Where(s => s.PersonId == personId);
}
