using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.Validation;

namespace NavLederprogram.PeerSupervision;

public sealed class SupervisionCaseAppService(
    ISupervisionGroupRepository groups,
    ISupervisionMeetingRepository meetings,
    ISupervisionCaseRepository cases,
    ICurrentPerson currentPerson,
    IPersonDirectory people,
    IOrganisationQueries organisation,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ISupervisionCaseAppService
{
    public async Task<IReadOnlyList<SupervisionCaseDto>> GetListAsync(Guid groupId, CancellationToken ct)
    {
        var (me, _) = await GroupWithAccessAsync(groupId, ct);
        var list = await cases.GetForGroupAsync(groupId, ct);
        if (list.Count == 0) return [];
        var groupMeetings = (await meetings.GetForGroupAsync(groupId, ct)).ToDictionary(m => m.Id);
        var authors = (await people.GetListAsync(list.Select(c => c.AuthorPersonId).Distinct().ToList(), ct)).ToDictionary(p => p.Id, p => p.FullName);
        var now = clock.GetUtcNow().UtcDateTime;
        return list.Select(c => ToDto(c, groupMeetings.GetValueOrDefault(c.MeetingId), authors, me, now))
            .OrderBy(c => c.MeetingStartsAt).ThenBy(c => c.BroughtAt).ToList();
    }

    public async Task<SupervisionCaseDto> BringAsync(Guid groupId, BringCaseInput input, CancellationToken ct)
    {
        var (me, group) = await GroupWithAccessAsync(groupId, ct);
        new InputValidator().Require("meetingId", input.MeetingId).RequireText("title", input.Title, PeerSupervisionConsts.NameMax)
            .RequireText("description", input.Description, PeerSupervisionConsts.CaseMax).ThrowIfInvalid();
        var meeting = await meetings.FindAsync(input.MeetingId!.Value, ct);
        if (meeting is null || meeting.GroupId != groupId)
        {
            new InputValidator().Add("meetingId", InputValidator.Unknown).ThrowIfInvalid();
            throw new EntityNotFoundException(typeof(SupervisionMeeting), input.MeetingId);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var supervisionCase = SupervisionCaseRules.Bring(Guid.CreateVersion7(), group, meeting, me, input.Title!, input.Description!,
            input.AcknowledgeNameWarning, await OfficeNamesAsync(group, ct), now);
        await cases.InsertAsync(supervisionCase, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(supervisionCase, meeting, await AuthorsAsync(me, ct), me, now);
    }

    public async Task<SupervisionCaseDto> ChangeAsync(Guid groupId, Guid caseId, ChangeCaseInput input, CancellationToken ct)
    {
        var (me, group) = await GroupWithAccessAsync(groupId, ct);
        var (supervisionCase, meeting) = await FindAsync(groupId, caseId, ct);
        new InputValidator().RequireText("title", input.Title, PeerSupervisionConsts.NameMax)
            .RequireText("description", input.Description, PeerSupervisionConsts.CaseMax).ThrowIfInvalid();
        var now = clock.GetUtcNow().UtcDateTime;
        SupervisionCaseRules.Change(supervisionCase, meeting, me, input.Title!, input.Description!, input.AcknowledgeNameWarning,
            await OfficeNamesAsync(group, ct), now);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(supervisionCase, meeting, await AuthorsAsync(me, ct), me, now);
    }

    public async Task WithdrawAsync(Guid groupId, Guid caseId, CancellationToken ct)
    {
        var (me, _) = await GroupWithAccessAsync(groupId, ct);
        var (supervisionCase, meeting) = await FindAsync(groupId, caseId, ct);
        SupervisionCaseRules.EnsureMayChange(supervisionCase, meeting, me, clock.GetUtcNow().UtcDateTime);
        cases.Delete(supervisionCase);
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>The caller's person and the group, when the caller may see its cases; otherwise the group does not exist for them.</summary>
    private async Task<(Guid Me, SupervisionGroup Group)> GroupWithAccessAsync(Guid groupId, CancellationToken ct)
    {
        var me = await currentPerson.GetAsync(ct);
        var group = await groups.FindAsync(groupId, ct);
        if (me is null || group is null || !group.HasAccess(me.Id)) throw new EntityNotFoundException(typeof(SupervisionGroup), groupId);
        return (me.Id, group);
    }

    private async Task<(SupervisionCase, SupervisionMeeting)> FindAsync(Guid groupId, Guid caseId, CancellationToken ct)
    {
        var supervisionCase = await cases.FindAsync(caseId, ct);
        if (supervisionCase is null || supervisionCase.GroupId != groupId) throw new EntityNotFoundException(typeof(SupervisionCase), caseId);
        var meeting = await meetings.FindAsync(supervisionCase.MeetingId, ct) ?? throw new EntityNotFoundException(typeof(SupervisionMeeting), supervisionCase.MeetingId);
        return (supervisionCase, meeting);
    }

    /// <summary>The names of the members' offices ("Nav Vestre Aker"), which are not people's names.</summary>
    private async Task<IEnumerable<string>> OfficeNamesAsync(SupervisionGroup group, CancellationToken ct) =>
        (await organisation.GetOfficeNamesAsync(group.Members.Select(m => m.OfficeId).Distinct().ToList(), ct)).Values;

    private async Task<IReadOnlyDictionary<Guid, string>> AuthorsAsync(Guid me, CancellationToken ct) =>
        (await people.GetListAsync([me], ct)).ToDictionary(p => p.Id, p => p.FullName);

    private static SupervisionCaseDto ToDto(SupervisionCase c, SupervisionMeeting? meeting, IReadOnlyDictionary<Guid, string> authors, Guid me,
        DateTime now) =>
        new(c.Id, c.MeetingId, meeting?.StartsAt ?? DateTime.MinValue, c.Title, c.Description, authors.GetValueOrDefault(c.AuthorPersonId) ?? "",
            c.AuthorPersonId == me, SupervisionCaseRules.MayChange(c, meeting, me, now), c.CreationTime);
}
