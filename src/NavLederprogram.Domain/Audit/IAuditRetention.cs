namespace NavLederprogram.Audit;

/// <summary>How long the audit log keeps each kind of entry, as the processing overview shows it.</summary>
[ModuleContract]
public interface IAuditRetention
{
    IReadOnlyDictionary<AuditKind, AuditRetentionPeriod> Periods { get; }
}
