using NavLederprogram.Entities;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Kollegaveileder: a person appointed in a region to supervise colleagues, with a capacity (groups at once) and the offices
/// they serve. A person has at most one active appointment; an ended one stays as history.
/// </summary>
public class PeerSupervisor : AuditedAggregateRoot
{
    public Guid PersonId { get; private set; }
    public Guid RegionId { get; private set; }
    public int Capacity { get; private set; }
    public List<Guid> OfficeIds { get; private set; } = [];
    public DateOnly AppointedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public bool IsActive { get; private set; }

    private PeerSupervisor() { }

    private PeerSupervisor(Guid id, Guid personId, Guid regionId, DateOnly appointedOn) : base(id)
    {
        PersonId = personId;
        RegionId = regionId;
        AppointedOn = appointedOn;
        IsActive = true;
    }

    /// <summary>
    /// Appoints a person. Whether they hold the supervision competence and have no other active appointment is checked by
    /// the caller, which can read both.
    /// </summary>
    public static PeerSupervisor Appoint(Guid id, Guid personId, Guid regionId, int capacity, IReadOnlyCollection<Guid> officeIds, DateOnly appointedOn)
    {
        var supervisor = new PeerSupervisor(id, personId, regionId, appointedOn);
        supervisor.Change(capacity, officeIds);
        return supervisor;
    }

    public void Change(int capacity, IReadOnlyCollection<Guid> officeIds)
    {
        if (!IsActive) throw new BusinessException(NavLederprogramErrorCodes.SupervisorEnded) { IsConflict = true };
        if (capacity is < PeerSupervisionConsts.MinCapacity or > PeerSupervisionConsts.MaxCapacity)
            throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "capacity" };
        Capacity = capacity;
        OfficeIds = [.. officeIds.Distinct()];
    }

    public void End(DateOnly on)
    {
        if (!IsActive) throw new BusinessException(NavLederprogramErrorCodes.SupervisorEnded) { IsConflict = true };
        if (on < AppointedOn) throw new BusinessException(NavLederprogramErrorCodes.SupervisorEndBeforeAppointment) { Field = "endedOn" };
        EndedOn = on;
        IsActive = false;
    }

    /// <summary>Whether the supervisor serves an office: one of theirs.</summary>
    public bool Serves(Guid officeId) => OfficeIds.Contains(officeId);
}
