namespace NavLederprogram.Audit;

/// <summary>The append-only audit log as other modules write to it: sign-ins, reads of others' personal data, erasures.</summary>
/// <remarks>Changes saved through the DbContext by admins and coordinators are recorded without a call to this.</remarks>
[ModuleContract]
public interface IAuditTrail
{
    /// <summary>Appends the entry to the hash chain and saves it at once, whether or not the caller's work is saved.</summary>
    Task RecordAsync(AuditRecord record, CancellationToken ct = default);
}
