namespace NavLederprogram.Entities;

public interface ISoftDelete
{
    bool IsDeleted { get; }
    DateTime? DeletionTime { get; }
    Guid? DeleterId { get; }
}
