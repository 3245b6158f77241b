using NavLederprogram.Entities;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Veiledningsgruppe, or individuell veiledning when <see cref="Kind"/> is one-to-one: a supervisor (and perhaps a
/// co-supervisor), the members with where each stands, the versioned group agreement and the meeting schedule. Only the
/// supervisors and the active members who accepted the current agreement see the group's meetings and cases.
/// </summary>
public class SupervisionGroup : AuditedAggregateRoot
{
    private readonly List<GroupMember> _members = [];
    private readonly List<GroupAgreement> _agreements = [];

    public string Name { get; private set; } = "";
    public SupervisionKind Kind { get; private set; }
    public Guid SupervisorPersonId { get; private set; }
    public Guid? CoSupervisorPersonId { get; private set; }
    public Guid RegionId { get; private set; }
    public IReadOnlyList<GroupMember> Members => _members;
    public IReadOnlyList<GroupAgreement> Agreements => _agreements;
    public MeetingSchedule? Schedule { get; private set; }
    public DateTime? EndedAt { get; private set; }

    public GroupAgreement CurrentAgreement => _agreements.MaxBy(a => a.Version)!;

    private SupervisionGroup() { }

    public SupervisionGroup(Guid id, string name, SupervisionKind kind, Guid supervisorPersonId, Guid? coSupervisorPersonId, Guid regionId,
        IReadOnlyList<Invitee> invitees, AgreementTerms agreement, DateTime now) : base(id)
    {
        Kind = kind;
        Rename(name);
        SupervisorPersonId = supervisorPersonId;
        RegionId = regionId;
        SetCoSupervisor(coSupervisorPersonId);
        var distinct = invitees.DistinctBy(i => i.PersonId).ToList();
        if (kind == SupervisionKind.OneToOne && distinct.Count != 1)
            throw new BusinessException(NavLederprogramErrorCodes.SupervisionOneToOneOneMember) { Field = "invitees" };
        if (kind == SupervisionKind.Group && distinct.Count is < PeerSupervisionConsts.MinGroupMembers or > PeerSupervisionConsts.MaxGroupMembers)
            throw new BusinessException(NavLederprogramErrorCodes.SupervisionGroupSize, PeerSupervisionConsts.MinGroupMembers, PeerSupervisionConsts.MaxGroupMembers)
            { Field = "invitees" };
        foreach (var invitee in distinct) Invite(invitee, now);
        _agreements.Add(new GroupAgreement(1, agreement, now));
    }

    public bool IsEnded => EndedAt is not null;

    /// <summary>The most members the group can hold: 8 for a group, 1 for one-to-one.</summary>
    public int MaxMembers => Kind == SupervisionKind.OneToOne ? 1 : PeerSupervisionConsts.MaxGroupMembers;

    public bool IsSupervisor(Guid personId) => personId == SupervisorPersonId || personId == CoSupervisorPersonId;

    /// <summary>An active member (who may not yet have accepted the current agreement).</summary>
    public bool IsMember(Guid personId) => FindMember(personId)?.Status == MemberStatus.Active;

    /// <summary>
    /// Who sees the group's meetings and cases: the supervisors, and the active members who accepted the current agreement.
    /// Everyone else, invitees included, sees the agreement at most.
    /// </summary>
    public bool HasAccess(Guid personId) =>
        IsSupervisor(personId)
        || FindMember(personId) is { Status: MemberStatus.Active } m && m.AcceptedAgreementVersion == CurrentAgreement.Version;

    public GroupMember? FindMember(Guid personId) => _members.FirstOrDefault(m => m.PersonId == personId);

    public IReadOnlyList<Guid> ActiveMemberIds => _members.Where(m => m.Status == MemberStatus.Active).Select(m => m.PersonId).ToList();

    public void Rename(string name)
    {
        var text = name?.Trim() ?? "";
        if (text.Length == 0 || text.Length > PeerSupervisionConsts.NameMax) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "name" };
        Name = text;
    }

    public void SetCoSupervisor(Guid? personId)
    {
        if (personId is { } id && (id == SupervisorPersonId || Kind == SupervisionKind.OneToOne || FindMember(id) is { HoldsPlace: true }))
            throw new BusinessException(NavLederprogramErrorCodes.SupervisionSupervisorNotMember) { Field = "coSupervisorPersonId" };
        CoSupervisorPersonId = personId;
    }

    /// <summary>Invites a person; one who declined or left may be invited again. A full group refuses.</summary>
    public void Invite(Invitee invitee, DateTime now)
    {
        EnsureOpen();
        if (IsSupervisor(invitee.PersonId)) throw new BusinessException(NavLederprogramErrorCodes.SupervisionSupervisorNotMember) { Field = "personId" };
        var existing = FindMember(invitee.PersonId);
        if (existing is { HoldsPlace: true }) throw new BusinessException(NavLederprogramErrorCodes.SupervisionAlreadyMember) { Field = "personId", IsConflict = true };
        if (_members.Count(m => m.HoldsPlace) >= MaxMembers)
            throw Kind == SupervisionKind.OneToOne
                ? new BusinessException(NavLederprogramErrorCodes.SupervisionOneToOneOneMember) { Field = "personId", IsConflict = true }
                : new BusinessException(NavLederprogramErrorCodes.SupervisionGroupFull, PeerSupervisionConsts.MaxGroupMembers) { Field = "personId", IsConflict = true };
        if (existing is null) _members.Add(new GroupMember(invitee.PersonId, invitee.OfficeId, now));
        else existing.Reinvite(invitee.OfficeId, now);
    }

    /// <summary>The invitee joins the group. The agreement is accepted separately, and must be before the group opens to them.</summary>
    public void Accept(Guid personId, DateTime now)
    {
        EnsureOpen();
        var member = Invited(personId);
        member.Status = MemberStatus.Active;
        member.AnsweredAt = DateTime.SpecifyKind(now, DateTimeKind.Utc);
    }

    public void Decline(Guid personId, DateTime now)
    {
        var member = Invited(personId);
        member.Status = MemberStatus.Declined;
        member.AnsweredAt = DateTime.SpecifyKind(now, DateTimeKind.Utc);
    }

    /// <summary>A member leaves, or an invitee withdraws; a group may then fall below its minimum until someone is invited.</summary>
    public void Leave(Guid personId, DateTime now)
    {
        var member = FindMember(personId);
        if (member is not { HoldsPlace: true }) throw new BusinessException(NavLederprogramErrorCodes.SupervisionNotMember) { IsConflict = true };
        member.Status = MemberStatus.Left;
        member.AnsweredAt = DateTime.SpecifyKind(now, DateTimeKind.Utc);
    }

    /// <summary>A new version of the agreement: nobody has accepted it yet, so every member is asked again.</summary>
    public GroupAgreement ReviseAgreement(AgreementTerms terms, DateTime now)
    {
        EnsureOpen();
        var revision = new GroupAgreement(CurrentAgreement.Version + 1, terms, now);
        _agreements.Add(revision);
        return revision;
    }

    /// <summary>An active member accepts the agreement version they were shown; an older version than the current one is refused.</summary>
    public void AcceptAgreement(Guid personId, int version)
    {
        EnsureOpen();
        var member = FindMember(personId);
        if (member is not { Status: MemberStatus.Active }) throw new BusinessException(NavLederprogramErrorCodes.SupervisionNotMember) { IsConflict = true };
        if (version != CurrentAgreement.Version)
            throw new BusinessException(NavLederprogramErrorCodes.SupervisionAgreementOutdated, CurrentAgreement.Version) { Field = "version", IsConflict = true };
        member.AcceptedAgreementVersion = version;
    }

    /// <summary>Sets or replaces the schedule; the caller then plans the future meetings it gives.</summary>
    public void SetSchedule(MeetingSchedule schedule)
    {
        EnsureOpen();
        Schedule = schedule;
    }

    public void End(DateTime now)
    {
        EnsureOpen();
        EndedAt = DateTime.SpecifyKind(now, DateTimeKind.Utc);
    }

    private GroupMember Invited(Guid personId)
    {
        var member = FindMember(personId);
        if (member is not { Status: MemberStatus.Invited }) throw new BusinessException(NavLederprogramErrorCodes.SupervisionNotInvited) { IsConflict = true };
        return member;
    }

    private void EnsureOpen()
    {
        if (IsEnded) throw new BusinessException(NavLederprogramErrorCodes.SupervisionGroupEnded) { IsConflict = true };
    }
}
