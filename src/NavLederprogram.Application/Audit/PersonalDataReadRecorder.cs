using NavLederprogram.Organisation;

namespace NavLederprogram.Audit;

public sealed class PersonalDataReadRecorder(ICurrentPerson currentPerson, IAuditTrail trail) : IPersonalDataReadRecorder
{
    public const string Action = "PersonalData.Read";

    public async Task RecordAsync(Guid personId, string? source, CancellationToken ct)
    {
        if ((await currentPerson.GetAsync(ct))?.Id == personId) return;
        await trail.RecordAsync(new AuditRecord(AuditKind.PersonalDataRead, Action, SubjectPersonId: personId, Target: $"Person:{personId}",
            Detail: source), ct);
    }
}
