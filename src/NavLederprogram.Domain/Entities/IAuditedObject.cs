namespace NavLederprogram.Entities;

/// <summary>Audit fields are filled by the EF Core save interceptor, not by the entities themselves.</summary>
public interface IAuditedObject
{
    DateTime CreationTime { get; }
    Guid? CreatorId { get; }
    DateTime? LastModificationTime { get; }
    Guid? LastModifierId { get; }
}
