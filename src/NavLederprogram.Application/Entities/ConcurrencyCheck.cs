namespace NavLederprogram.Entities;

internal static class ConcurrencyCheck
{
    /// <summary>The caller must have seen the current version; the stamp also guards the save against a race.</summary>
    public static void Apply(AuditedAggregateRoot entity, string? stamp)
    {
        if (stamp != entity.ConcurrencyStamp) throw new ConcurrencyConflictException();
        entity.ConcurrencyStamp = stamp;
    }
}
