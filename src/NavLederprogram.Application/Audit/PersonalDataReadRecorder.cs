using NavLederprogram.Organisation;

namespace NavLederprogram.Audit;

public sealed class PersonalDataReadRecorder(ICurrentPerson currentPerson, IAuditTrail trail) : IPersonalDataReadRecorder
{
    public const string Action = "PersonalData.Read";

    /// <remarks>The entry names only ids and the endpoint, so it needs no protection and makes no data key for the person.</remarks>
    public async Task RecordAsync(Guid personId, string? endpoint, CancellationToken ct)
    {
        if ((await currentPerson.GetAsync(ct))?.Id == personId) return;
        await trail.RecordAsync(new AuditRecord(AuditKind.PersonalDataRead, string.IsNullOrEmpty(endpoint) ? Action : $"{Action}.{endpoint}",
            SubjectPersonId: personId, Target: $"Person:{personId}"), ct);
    }
}
