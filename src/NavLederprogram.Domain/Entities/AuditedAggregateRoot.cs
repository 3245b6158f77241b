namespace NavLederprogram.Entities;

public abstract class AuditedAggregateRoot : IAuditedObject, ISoftDelete, IHasConcurrencyStamp, Events.IHasDomainEvents
{
    private readonly List<Events.IDomainEvent> _domainEvents = [];

    public Guid Id { get; protected set; }
    public DateTime CreationTime { get; internal set; }
    public Guid? CreatorId { get; internal set; }
    public DateTime? LastModificationTime { get; internal set; }
    public Guid? LastModifierId { get; internal set; }
    public bool IsDeleted { get; internal set; }
    public DateTime? DeletionTime { get; internal set; }
    public Guid? DeleterId { get; internal set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    protected AuditedAggregateRoot() { }

    protected AuditedAggregateRoot(Guid id) => Id = id;

    /// <summary>Called by the persistence layer so that audit rules live in one place.</summary>
    public void StampCreated(DateTime now, Guid? userId) { CreationTime = now; CreatorId = userId; }

    public void StampModified(DateTime now, Guid? userId) { LastModificationTime = now; LastModifierId = userId; }

    public void StampDeleted(DateTime now, Guid? userId) { IsDeleted = true; DeletionTime = now; DeleterId = userId; }

    protected void AddDomainEvent(Events.IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public IReadOnlyList<Events.IDomainEvent> GetDomainEvents() => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();
}
