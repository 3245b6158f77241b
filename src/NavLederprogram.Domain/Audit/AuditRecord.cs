namespace NavLederprogram.Audit;

/// <summary>
/// One event for the audit log. The actor, their address and the time are taken from the caller when
/// <paramref name="ActorUserId"/> is not given. Whatever names a person (before/after values, details) is stored protected
/// under the subject's key, so that erasing the subject makes it unreadable without breaking the chain.
/// </summary>
/// <param name="Action">A stable code for what happened, e.g. <c>User.Disabled</c> or <c>PersonalData.Exported</c>.</param>
/// <param name="Target">What was acted on, as <c>Type:id</c>; never a name or an e-mail address.</param>
[ModuleContract]
public sealed record AuditRecord(
    AuditKind Kind,
    string Action,
    Guid? SubjectPersonId = null,
    Guid? SubjectUserId = null,
    string? Target = null,
    string? Before = null,
    string? After = null,
    string? Detail = null,
    Guid? ActorUserId = null);
