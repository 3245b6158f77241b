namespace NavLederprogram.Events;

/// <summary>An aggregate that records events while it changes; the unit of work publishes them once the change is saved.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> GetDomainEvents();
    void ClearDomainEvents();
}
