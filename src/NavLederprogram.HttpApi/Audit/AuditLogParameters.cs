using Microsoft.AspNetCore.Mvc;

namespace NavLederprogram.Audit;

/// <summary>The query-string filters of the audit log list and its export.</summary>
public sealed class AuditLogParameters
{
    [FromQuery(Name = "personId")] public Guid? PersonId { get; set; }
    [FromQuery(Name = "person")] public string? Person { get; set; }
    [FromQuery(Name = "actor")] public string? Actor { get; set; }
    [FromQuery(Name = "kind")] public AuditKind? Kind { get; set; }
    [FromQuery(Name = "action")] public string? Action { get; set; }
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }
    [FromQuery(Name = "skipCount")] public int? SkipCount { get; set; }
    [FromQuery(Name = "maxResultCount")] public int? MaxResultCount { get; set; }

    public AuditEntryQuery ToQuery() => new()
    {
        PersonId = PersonId,
        Person = Person,
        Actor = Actor,
        Kind = Kind,
        Action = Action,
        From = From,
        To = To,
        SkipCount = SkipCount ?? 0,
        MaxResultCount = MaxResultCount ?? 25,
    };
}
