namespace NavLederprogram.PersonalData;

/// <summary>How long the audit log keeps one kind of entry, as configured (<c>Audit:Retention</c>).</summary>
public sealed record AuditRetentionDto(string Kind, string Value);
