using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Groups and one-to-ones. Who may do what: the group's supervisors lead it (invite, agreement, schedule, meetings,
/// attendance); an admin or coordinator manages the groups of the regions in their scope; a member sees the group's
/// meetings only after accepting the current agreement. Anyone else finds no such group.
/// </summary>
public sealed class SupervisionGroupAppService(
    ISupervisionGroupRepository groups,
    ISupervisionMeetingRepository meetings,
    IPeerSupervisorRepository supervisors,
    ISupervisionSettingsRepository settings,
    ISupervisorWorkQueries work,
    IPersonDirectory people,
    IOrganisationQueries organisation,
    ICurrentPerson currentPerson,
    ICurrentUser currentUser,
    CurrentAccessScope accessScope,
    INotificationSender notifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ISupervisionGroupAppService
{
    /// <summary>Admins and coordinators oversee groups in their scope; a peer supervisor only leads their own.</summary>
    private static readonly string[] OverseerRoles =
        [RoleNames.SystemAdmin, RoleNames.KsAdmin, RoleNames.DirectorateAdmin, RoleNames.RegionalCoordinator, RoleNames.MunicipalCoordinator];

    private const int CandidateLimit = 25;
    private const int NextMeetingCount = 10;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private bool IsOverseer => currentUser.Roles.Any(OverseerRoles.Contains);

    public async Task<MySupervisionDto> GetMineAsync(CancellationToken ct)
    {
        var me = await currentPerson.GetAsync(ct);
        if (me is null) return new MySupervisionDto([], [], [], [], IsOverseer);
        var mine = await groups.GetForPersonAsync(me.Id, ct);
        var names = await NamesAsync(mine.Select(g => g.SupervisorPersonId), ct);
        var accessible = mine.Where(g => g.HasAccess(me.Id)).ToList();
        var upcoming = await meetings.GetForGroupsAsync(accessible.Select(g => g.Id).ToList(), Now.AddHours(-12), Now.AddYears(2), ct);
        var next = upcoming.Where(m => m.IsOpen && m.EndsAt > Now).ToLookup(m => m.GroupId);
        SupervisionGroupSummaryDto Summary(SupervisionGroup g) => new(g.Id, g.Name, g.Kind, names.GetValueOrDefault(g.SupervisorPersonId, ""),
            g.IsSupervisor(me.Id), g.FindMember(me.Id)?.Status, g.HasAccess(me.Id), g.Members.Count(m => m.HoldsPlace), g.EndedAt,
            next[g.Id].FirstOrDefault()?.StartsAt);
        var open = mine.Where(g => !g.IsEnded).ToList();
        var byId = mine.ToDictionary(g => g.Id);
        var canCreate = IsOverseer || await supervisors.FindActiveByPersonAsync(me.Id, ct) is not null;
        return new MySupervisionDto(
            open.Where(g => g.FindMember(me.Id)?.Status == MemberStatus.Invited).Select(Summary).ToList(),
            mine.Where(g => g.FindMember(me.Id)?.Status == MemberStatus.Active).Select(Summary).ToList(),
            mine.Where(g => g.IsSupervisor(me.Id)).Select(Summary).ToList(),
            upcoming.Where(m => m.IsOpen && m.EndsAt > Now).Take(NextMeetingCount).Select(m => MeetingDto(m, byId[m.GroupId], me.Id)).ToList(),
            canCreate);
    }

    public async Task<SupervisionGroupOptionsDto> GetOptionsAsync(CancellationToken ct)
    {
        var current = await settings.FindAsync(ct);
        var available = await ChoosableSupervisorsAsync(ct);
        var personIds = available.Select(s => s.PersonId).Distinct().ToList();
        var names = await NamesAsync(personIds, ct);
        var led = await work.CountOpenLedByAsync(personIds, ct);
        var options = available.Select(s => new SupervisorOptionDto(s.PersonId, names.GetValueOrDefault(s.PersonId, ""), s.RegionId,
            Math.Max(0, s.Capacity - led.GetValueOrDefault(s.PersonId)))).ToList();
        return new SupervisionGroupOptionsDto(options.OrderBy(o => o.Name, NameOrder).ToList(), current?.MeetingsForEvidence ?? 4, current?.EvidencePeriodMonths ?? 12);
    }

    public async Task<IReadOnlyList<SupervisionCandidateDto>> GetCandidatesAsync(string? filter, Guid? supervisorPersonId, CancellationToken ct)
    {
        new InputValidator().SearchFilter("filter", filter, OrganisationConsts.MaxFilterLength).ThrowIfInvalid();
        var scope = await InviteScopeAsync(supervisorPersonId, ct);
        var page = await people.GetPageAsync(new PageRequest(filter?.Trim(), "lastName", 0, CandidateLimit), scope, null, ct);
        var offices = await organisation.GetOfficeNamesAsync(page.Items.Select(p => p.OfficeId).Distinct().ToList(), ct);
        return page.Items.Select(p => new SupervisionCandidateDto(p.Id, p.FullName, offices.GetValueOrDefault(p.OfficeId, ""))).ToList();
    }

    public async Task<SupervisionGroupDto> CreateAsync(CreateSupervisionGroupInput input, CancellationToken ct)
    {
        var validator = new InputValidator().RequireText("name", input.Name, PeerSupervisionConsts.NameMax).RequireEnum("kind", input.Kind);
        if (input.InviteePersonIds is not { Count: > 0 }) validator.Add("inviteePersonIds", InputValidator.Required);
        else if (input.InviteePersonIds.Count > PeerSupervisionConsts.MaxGroupMembers * 4) validator.Add("inviteePersonIds", InputValidator.TooMany, PeerSupervisionConsts.MaxGroupMembers);
        ValidateAgreement(validator, input.Agreement, "agreement.");
        validator.ThrowIfInvalid();

        var me = await currentPerson.GetOrThrowAsync(ct);
        var supervisor = await ChosenSupervisorAsync(input.SupervisorPersonId ?? me.Id, me, ct);
        if (await groups.CountOpenLedByAsync(supervisor.PersonId, ct) >= supervisor.Capacity)
            throw new BusinessException(NavLederprogramErrorCodes.SupervisorFull, supervisor.Capacity) { Field = "supervisorPersonId", IsConflict = true };
        if (input.CoSupervisorPersonId is { } coId && await supervisors.FindActiveByPersonAsync(coId, ct) is null)
            throw new EntityNotFoundException(typeof(PeerSupervisor), coId);
        var invitees = await InviteesAsync(input.InviteePersonIds!, supervisor, ct);
        var terms = await TermsAsync(input.Agreement!, ct);
        var group = Domain(() => new SupervisionGroup(Guid.CreateVersion7(), input.Name!, input.Kind!.Value, supervisor.PersonId, input.CoSupervisorPersonId,
            supervisor.RegionId, invitees, terms, Now), "inviteePersonIds", "invitees");
        await groups.InsertAsync(group, ct);
        if (input.Schedule is not null) await PlanAsync(group, input.Schedule, [], "schedule.", ct);
        await NotifyInvitedAsync(group, invitees.Select(i => i.PersonId).ToList(), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(group, me.Id, ct);
    }

    public async Task<SupervisionGroupDto> GetAsync(Guid id, CancellationToken ct)
    {
        var (group, me) = await VisibleAsync(id, ct);
        return await DtoAsync(group, me, ct);
    }

    public async Task<SupervisionGroupDto> InviteAsync(Guid id, InviteMemberInput input, CancellationToken ct)
    {
        new InputValidator().Require("personId", input.PersonId).ThrowIfInvalid();
        var (group, me) = await ManagedAsync(id, ct);
        var supervisor = await supervisors.FindActiveByPersonAsync(group.SupervisorPersonId, ct)
            ?? throw new BusinessException(NavLederprogramErrorCodes.SupervisorEnded) { IsConflict = true };
        var invitee = (await InviteesAsync([input.PersonId!.Value], supervisor, ct, "personId")).Single();
        group.Invite(invitee, Now);
        await NotifyInvitedAsync(group, [invitee.PersonId], ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(group, me, ct);
    }

    public async Task<SupervisionGroupDto> AcceptInvitationAsync(Guid id, CancellationToken ct)
    {
        var (group, me) = await VisibleAsync(id, ct);
        group.Accept(me, Now);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(group, me, ct);
    }

    public async Task DeclineInvitationAsync(Guid id, CancellationToken ct)
    {
        var (group, me) = await VisibleAsync(id, ct);
        group.Decline(me, Now);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task LeaveAsync(Guid id, CancellationToken ct)
    {
        var (group, me) = await VisibleAsync(id, ct);
        group.Leave(me, Now);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<SupervisionGroupDto> AcceptAgreementAsync(Guid id, AcceptAgreementInput input, CancellationToken ct)
    {
        new InputValidator().Require("version", input.Version).ThrowIfInvalid();
        var (group, me) = await VisibleAsync(id, ct);
        group.AcceptAgreement(me, input.Version!.Value);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(group, me, ct);
    }

    public async Task<SupervisionGroupDto> ReviseAgreementAsync(Guid id, AgreementInput input, CancellationToken ct)
    {
        var validator = new InputValidator();
        ValidateAgreement(validator, input, "");
        validator.ThrowIfInvalid();
        var (group, me) = await ManagedAsync(id, ct);
        var revision = group.ReviseAgreement(await TermsAsync(input, ct), Now);
        var asked = group.ActiveMemberIds;
        if (asked.Count > 0)
            await notifications.NotifyPeopleAsync(asked, new NotificationMessage(NotificationKind.Enrolment, "PeerSupervision.AgreementRevised",
                [group.Name], GroupLink(group), $"ps-agreement/{group.Id:N}/{revision.Version}"), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(group, me, ct);
    }

    public async Task<IReadOnlyList<SupervisionMeetingDto>> GetMeetingsAsync(Guid id, CancellationToken ct)
    {
        var (group, me) = await WithMeetingsAsync(id, ct);
        return (await meetings.GetForGroupAsync(group.Id, ct)).Select(m => MeetingDto(m, group, me)).ToList();
    }

    public async Task<IReadOnlyList<SupervisionMeetingDto>> SetScheduleAsync(Guid id, MeetingScheduleInput input, CancellationToken ct)
    {
        var (group, me) = await ManagedAsync(id, ct);
        var existing = await meetings.GetForGroupAsync(group.Id, ct);
        await PlanAsync(group, input, existing, "", ct);
        await unitOfWork.SaveChangesAsync(ct);
        return (await meetings.GetForGroupAsync(group.Id, ct)).Select(m => MeetingDto(m, group, me)).ToList();
    }

    public async Task<SupervisionMeetingDto> MoveMeetingAsync(Guid meetingId, MoveMeetingInput input, CancellationToken ct)
    {
        new InputValidator().Require("startsAt", input.StartsAt).Require("endsAt", input.EndsAt).ThrowIfInvalid();
        var (meeting, group, me) = await ManagedMeetingAsync(meetingId, ct);
        meeting.Move(Utc(input.StartsAt!.Value), Utc(input.EndsAt!.Value), input.Place, input.VideoLink, Now);
        await NotifyMeetingChangedAsync(group, meeting, "PeerSupervision.MeetingMoved", ct);
        await unitOfWork.SaveChangesAsync(ct);
        return MeetingDto(meeting, group, me);
    }

    public async Task<SupervisionMeetingDto> CancelMeetingAsync(Guid meetingId, CancellationToken ct)
    {
        var (meeting, group, me) = await ManagedMeetingAsync(meetingId, ct);
        meeting.Cancel();
        await NotifyMeetingChangedAsync(group, meeting, "PeerSupervision.MeetingCancelled", ct);
        await unitOfWork.SaveChangesAsync(ct);
        return MeetingDto(meeting, group, me);
    }

    public async Task<SupervisionMeetingDto> RegisterAttendanceAsync(Guid meetingId, RegisterAttendanceInput input, CancellationToken ct)
    {
        if (input.AttendedPersonIds is null) new InputValidator().Add("attendedPersonIds", InputValidator.Required).ThrowIfInvalid();
        var me = await MyPersonIdAsync(ct);
        var meeting = await meetings.FindAsync(meetingId, ct) ?? throw new EntityNotFoundException(typeof(SupervisionMeeting), meetingId);
        var group = await groups.FindAsync(meeting.GroupId, ct);
        // Attendance is the supervisor's to register: they were there.
        if (group is null || !group.IsSupervisor(me)) throw new EntityNotFoundException(typeof(SupervisionMeeting), meetingId);
        var attended = meeting.RegisterAttendance(input.AttendedPersonIds!.Distinct().ToList(), group.ActiveMemberIds, Now);
        var grants = (await settings.FindAsync(ct))?.ParticipationGrants ?? [];
        var all = await meetings.GetForGroupAsync(group.Id, ct);
        foreach (var personId in attended) group.RecordParticipation(personId, meeting, all, grants);
        await unitOfWork.SaveChangesAsync(ct);
        return MeetingDto(meeting, group, me);
    }

    /// <summary>
    /// Sets the schedule and plans its meetings from now on: future planned meetings of an earlier schedule give way, while
    /// held, moved and cancelled ones stay as they are; an occurrence already kept (same original time) is not planned twice.
    /// </summary>
    private async Task PlanAsync(SupervisionGroup group, MeetingScheduleInput input, IReadOnlyList<SupervisionMeeting> existing, string prefix, CancellationToken ct)
    {
        new InputValidator().RequireText(prefix + "recurrenceRule", input.RecurrenceRule, PeerSupervisionConsts.RuleMax)
            .Require(prefix + "firstStartsAt", input.FirstStartsAt).Require(prefix + "durationMinutes", input.DurationMinutes).ThrowIfInvalid();
        var now = Now;
        var schedule = Domain(() => new MeetingSchedule(input.RecurrenceRule!, OsloWallClock(input.FirstStartsAt!.Value), input.DurationMinutes!.Value,
            input.Place, input.VideoLink, now), prefix);
        group.SetSchedule(schedule);
        var replaced = existing.Where(m => m.Status == MeetingStatus.Planned && m.StartsAt > now).ToList();
        meetings.DeleteMany(replaced);
        var kept = existing.Except(replaced).Select(m => m.OriginalStartsAt).ToHashSet();
        var planned = schedule.Expand().Where(o => o.StartsAt > now && !kept.Contains(o.StartsAt))
            .Select(o => new SupervisionMeeting(Guid.CreateVersion7(), group.Id, o, schedule.Place, schedule.VideoLink, now)).ToList();
        await meetings.InsertManyAsync(planned, ct);
    }

    private static T Domain<T>(Func<T> create, string prefix, string? from = null, string? to = null)
    {
        try
        {
            return create();
        }
        catch (BusinessException e) when (e is not ValidationFailedException && e.Field is not null && !e.IsConflict)
        {
            // The domain names its own fields; the form names them under the part of the input they belong to.
            var field = from is not null && e.Field == to ? from : prefix + e.Field;
            throw new BusinessException(e.Code, e.MessageArguments) { Field = field };
        }
    }

    private static T Domain<T>(Func<T> create, string from, string to) => Domain(create, "", from, to);

    private static void ValidateAgreement(InputValidator validator, AgreementInput? input, string prefix)
    {
        if (input is null)
        {
            validator.Add(prefix.TrimEnd('.') is { Length: > 0 } name ? name : "confidentiality", InputValidator.Required);
            return;
        }
        validator.RequireText(prefix + "confidentiality", input.Confidentiality, PeerSupervisionConsts.TextMax)
            .RequireText(prefix + "meetingFrequency", input.MeetingFrequency, PeerSupervisionConsts.TextMax)
            .RequireText(prefix + "method", input.Method, PeerSupervisionConsts.TextMax)
            .RequireText(prefix + "caseAnonymisation", input.CaseAnonymisation, PeerSupervisionConsts.TextMax);
        if (input.MeetingsForEvidence is not null) validator.InRange(prefix + "meetingsForEvidence", input.MeetingsForEvidence, 1, PeerSupervisionConsts.MaxMeetingsForEvidence);
        if (input.EvidencePeriodMonths is not null) validator.InRange(prefix + "evidencePeriodMonths", input.EvidencePeriodMonths, 1, PeerSupervisionConsts.MaxEvidencePeriodMonths);
    }

    private async Task<AgreementTerms> TermsAsync(AgreementInput input, CancellationToken ct)
    {
        var current = input.MeetingsForEvidence is null || input.EvidencePeriodMonths is null ? await settings.FindAsync(ct) : null;
        return new AgreementTerms(input.Confidentiality!, input.MeetingFrequency!, input.Method!, input.CaseAnonymisation!,
            input.MeetingsForEvidence ?? current?.MeetingsForEvidence ?? 4, input.EvidencePeriodMonths ?? current?.EvidencePeriodMonths ?? 12);
    }

    /// <summary>The supervisors the caller may put in charge: any active one in their scope for an overseer, else only themselves.</summary>
    private async Task<IReadOnlyList<PeerSupervisor>> ChoosableSupervisorsAsync(CancellationToken ct)
    {
        if (IsOverseer)
        {
            var scope = await accessScope.GetAsync(ct);
            return await supervisors.GetListAsync(scope.IsNational ? null : scope.RegionIds.ToList(), true, ct);
        }
        var me = await currentPerson.GetAsync(ct);
        return me is not null && await supervisors.FindActiveByPersonAsync(me.Id, ct) is { } own ? [own] : [];
    }

    private async Task<PeerSupervisor> ChosenSupervisorAsync(Guid personId, PersonCard me, CancellationToken ct)
    {
        var supervisor = await supervisors.FindActiveByPersonAsync(personId, ct);
        var allowed = supervisor is not null && (IsOverseer ? (await accessScope.GetAsync(ct)).CoversRegion(supervisor.RegionId) : personId == me.Id);
        return allowed ? supervisor! : throw new EntityNotFoundException(typeof(PeerSupervisor), personId);
    }

    /// <summary>
    /// Whom the caller may invite for a supervisor: an overseer within their own scope, a peer supervisor within their region
    /// and the offices they serve.
    /// </summary>
    private async Task<AccessScope> InviteScopeAsync(Guid? supervisorPersonId, CancellationToken ct)
    {
        if (IsOverseer) return await accessScope.GetAsync(ct);
        var me = await currentPerson.GetAsync(ct);
        var own = me is null ? null : await supervisors.FindActiveByPersonAsync(me.Id, ct);
        if (own is null || (supervisorPersonId is { } id && id != own.PersonId)) return AccessScope.Nothing;
        return await SupervisorAreaAsync(own, ct);
    }

    private async Task<AccessScope> SupervisorAreaAsync(PeerSupervisor supervisor, CancellationToken ct)
    {
        var offices = (await organisation.GetOfficesAsync(ct)).Values.Where(o => o.RegionId == supervisor.RegionId || supervisor.Serves(o.Id)).ToList();
        return new AccessScope(false, offices.Select(o => o.RegionId), offices.SelectMany(o => o.MunicipalityIds), offices.Select(o => o.Id));
    }

    /// <summary>Every invitee exists for the caller (else 404) and works where the supervisor works: an office served, or the region.</summary>
    private async Task<IReadOnlyList<Invitee>> InviteesAsync(IReadOnlyCollection<Guid> personIds, PeerSupervisor supervisor, CancellationToken ct,
        string field = "inviteePersonIds")
    {
        var scope = IsOverseer ? await accessScope.GetAsync(ct) : await SupervisorAreaAsync(supervisor, ct);
        var found = (await people.GetListAsync(personIds.Distinct().ToList(), ct)).ToDictionary(p => p.Id);
        var offices = await organisation.GetOfficesAsync(ct);
        var invitees = new List<Invitee>();
        foreach (var id in personIds.Distinct())
        {
            if (!found.TryGetValue(id, out var person) || !scope.CoversOffice(person.OfficeId)) throw new EntityNotFoundException(nameof(Person), id);
            var served = supervisor.Serves(person.OfficeId) || offices.GetValueOrDefault(person.OfficeId)?.RegionId == supervisor.RegionId;
            if (!served) throw new BusinessException(NavLederprogramErrorCodes.SupervisionInviteeNotServed, person.FullName) { Field = field };
            invitees.Add(new Invitee(person.Id, person.OfficeId));
        }
        return invitees;
    }

    private async Task<Guid> MyPersonIdAsync(CancellationToken ct) => (await currentPerson.GetAsync(ct))?.Id ?? Guid.Empty;

    /// <summary>A group the caller leads, manages, or holds a place in (invited or member); anyone else finds nothing.</summary>
    private async Task<(SupervisionGroup Group, Guid Me)> VisibleAsync(Guid id, CancellationToken ct)
    {
        var me = await MyPersonIdAsync(ct);
        var group = await groups.FindAsync(id, ct);
        if (group is null || !(group.IsSupervisor(me) || group.FindMember(me) is { HoldsPlace: true } || await OverseesAsync(group, ct)))
            throw new EntityNotFoundException(typeof(SupervisionGroup), id);
        return (group, me);
    }

    /// <summary>The group's meetings are for its supervisors, its overseers, and members who accepted the current agreement.</summary>
    private async Task<(SupervisionGroup Group, Guid Me)> WithMeetingsAsync(Guid id, CancellationToken ct)
    {
        var (group, me) = await VisibleAsync(id, ct);
        if (!group.HasAccess(me) && !await OverseesAsync(group, ct)) throw new EntityNotFoundException(typeof(SupervisionGroup), id);
        return (group, me);
    }

    private async Task<(SupervisionGroup Group, Guid Me)> ManagedAsync(Guid id, CancellationToken ct)
    {
        var me = await MyPersonIdAsync(ct);
        var group = await groups.FindAsync(id, ct);
        if (group is null || !(group.IsSupervisor(me) || await OverseesAsync(group, ct))) throw new EntityNotFoundException(typeof(SupervisionGroup), id);
        return (group, me);
    }

    private async Task<(SupervisionMeeting Meeting, SupervisionGroup Group, Guid Me)> ManagedMeetingAsync(Guid meetingId, CancellationToken ct)
    {
        var meeting = await meetings.FindAsync(meetingId, ct) ?? throw new EntityNotFoundException(typeof(SupervisionMeeting), meetingId);
        try
        {
            var (group, me) = await ManagedAsync(meeting.GroupId, ct);
            return (meeting, group, me);
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException(typeof(SupervisionMeeting), meetingId);
        }
    }

    private async Task<bool> OverseesAsync(SupervisionGroup group, CancellationToken ct) =>
        IsOverseer && (await accessScope.GetAsync(ct)).CoversRegion(group.RegionId);

    private async Task NotifyInvitedAsync(SupervisionGroup group, IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var key = group.Kind == SupervisionKind.OneToOne ? "PeerSupervision.InvitedOneToOne" : "PeerSupervision.Invited";
        var supervisorName = (await NamesAsync([group.SupervisorPersonId], ct)).GetValueOrDefault(group.SupervisorPersonId, "");
        foreach (var personId in personIds)
            await notifications.NotifyPeopleAsync([personId], new NotificationMessage(NotificationKind.Enrolment, key, [group.Name, supervisorName],
                "/supervision", $"ps-invited/{group.Id:N}/{personId:N}/{Now:yyyyMMddHHmm}"), ct);
    }

    private async Task NotifyMeetingChangedAsync(SupervisionGroup group, SupervisionMeeting meeting, string key, CancellationToken ct)
    {
        var told = group.Members.Where(m => m.Status == MemberStatus.Active && group.HasAccess(m.PersonId)).Select(m => m.PersonId).ToList();
        if (told.Count == 0) return;
        var when = OsloTime.ToOslo(meeting.OriginalStartsAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var to = OsloTime.ToOslo(meeting.StartsAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        await notifications.NotifyPeopleAsync(told, new NotificationMessage(NotificationKind.Reminder, key, [group.Name, when, to], GroupLink(group),
            $"{key}/{meeting.Id:N}/{meeting.ConcurrencyStamp}"), ct);
    }

    private static string GroupLink(SupervisionGroup group) => $"/supervision/groups/{group.Id}";

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> personIds, CancellationToken ct) =>
        (await people.GetListAsync(personIds.Distinct().ToList(), ct)).ToDictionary(p => p.Id, p => p.FullName);

    private async Task<SupervisionGroupDto> DtoAsync(SupervisionGroup group, Guid me, CancellationToken ct)
    {
        var manages = group.IsSupervisor(me) || await OverseesAsync(group, ct);
        var sees = group.HasAccess(me) || manages;
        var shownMembers = sees ? group.Members.ToList() : [];
        var ids = shownMembers.Select(m => m.PersonId).Append(group.SupervisorPersonId);
        if (group.CoSupervisorPersonId is { } co) ids = ids.Append(co);
        var cards = (await people.GetListAsync(ids.Distinct().ToList(), ct)).ToDictionary(p => p.Id);
        var offices = await organisation.GetOfficeNamesAsync(shownMembers.Select(m => m.OfficeId).Distinct().ToList(), ct);
        var current = group.CurrentAgreement;
        var mine = group.FindMember(me);
        var members = shownMembers
            .Select(m => new GroupMemberDto(m.PersonId, cards.GetValueOrDefault(m.PersonId)?.FullName ?? "", offices.GetValueOrDefault(m.OfficeId), m.Status,
                m.AcceptedAgreementVersion == current.Version))
            .OrderBy(m => m.Status).ThenBy(m => m.Name, NameOrder).ToList();
        var schedule = sees && group.Schedule is { } s ? new MeetingScheduleDto(s.RecurrenceRule, DateTime.SpecifyKind(s.FirstStartsAt, DateTimeKind.Unspecified),
            s.DurationMinutes, s.Place, s.VideoLink) : null;
        return new SupervisionGroupDto(group.Id, group.Name, group.Kind, group.SupervisorPersonId, cards.GetValueOrDefault(group.SupervisorPersonId)?.FullName ?? "",
            group.CoSupervisorPersonId, group.CoSupervisorPersonId is { } c ? cards.GetValueOrDefault(c)?.FullName : null, group.RegionId, group.EndedAt,
            group.IsSupervisor(me), manages, group.HasAccess(me), mine?.Status, mine?.AcceptedAgreementVersion,
            new GroupAgreementDto(current.Version, current.Confidentiality, current.MeetingFrequency, current.Method, current.CaseAnonymisation,
                current.MeetingsForEvidence, current.EvidencePeriodMonths, current.CreatedAt),
            members, schedule, group.ConcurrencyStamp);
    }

    private static SupervisionMeetingDto MeetingDto(SupervisionMeeting m, SupervisionGroup group, Guid me) =>
        new(m.Id, m.GroupId, group.Name, m.OriginalStartsAt, m.StartsAt, m.EndsAt, m.Status, m.Place, m.VideoLink, m.HeldAt,
            group.IsSupervisor(me) ? m.Attendance.Where(a => a.Attended).Select(a => a.PersonId).ToList() : [], m.AttendedBy(me));

    /// <summary>A time the client sent: with an offset it is an instant, without one it is Oslo wall-clock time.</summary>
    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        // A wall-clock time the switch to summer time skips (02:30 that night) is read as the hour after it.
        _ => OsloTime.Zone.IsInvalidTime(value) ? OsloTime.ToUtc(DateOnly.FromDateTime(value), TimeOnly.FromDateTime(value.AddHours(1)))
            : OsloTime.ToUtc(DateOnly.FromDateTime(value), TimeOnly.FromDateTime(value)),
    };

    private static DateTime OsloWallClock(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => OsloTime.ToOslo(value),
        DateTimeKind.Local => OsloTime.ToOslo(value.ToUniversalTime()),
        _ => value,
    };

    private static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), false);
}
