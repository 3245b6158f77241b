namespace NavLederprogram.Data;

/// <summary>
/// Keeps an entity's rows out of the audit log of admins' changes: anonymous answers, and rows derived by the system.
/// The list of the rows already so treated is <c>AuditedChanges</c> in the EF layer.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class NotAuditedAttribute : Attribute;
