using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.Privacy;
using NavLederprogram.Validation;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Private reflections. Whatever the caller's roles, a note is read by its author, and by those with access to the group only
/// while it is shared: there is no administrative way in, and no report reads this table.
/// </summary>
public sealed class SupervisionReflectionAppService(
    ISupervisionGroupRepository groups,
    ISupervisionMeetingRepository meetings,
    ISupervisionReflectionRepository reflections,
    IPrivateTextProtector protector,
    ICurrentPerson currentPerson,
    IPersonDirectory people,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ISupervisionReflectionAppService
{
    public async Task<IReadOnlyList<SupervisionReflectionDto>> GetMineAsync(Guid groupId, CancellationToken ct)
    {
        var me = await MeAsync(ct);
        if (me is null || await groups.FindAsync(groupId, ct) is not { } group || (!group.IsSupervisor(me.Id) && group.FindMember(me.Id) is null))
            throw new EntityNotFoundException(typeof(SupervisionGroup), groupId);
        var mine = await reflections.GetForAuthorAsync(me.Id, groupId, ct);
        var list = new List<SupervisionReflectionDto>();
        foreach (var r in mine.OrderByDescending(r => r.CreationTime)) list.Add(await ToDtoAsync(r, me.FullName, me.Id, ct));
        return list;
    }

    public async Task<IReadOnlyList<SupervisionReflectionDto>> GetSharedAsync(Guid groupId, CancellationToken ct)
    {
        var me = await MeAsync(ct);
        if (me is null || await groups.FindAsync(groupId, ct) is not { } group || !group.HasAccess(me.Id))
            throw new EntityNotFoundException(typeof(SupervisionGroup), groupId);
        var shared = await reflections.GetSharedForGroupAsync(groupId, ct);
        if (shared.Count == 0) return [];
        var authors = (await people.GetListAsync(shared.Select(r => r.AuthorPersonId).Distinct().ToList(), ct)).ToDictionary(p => p.Id, p => p.FullName);
        var list = new List<SupervisionReflectionDto>();
        foreach (var r in shared) list.Add(await ToDtoAsync(r, authors.GetValueOrDefault(r.AuthorPersonId) ?? "", me.Id, ct));
        return list;
    }

    public async Task<SupervisionReflectionDto> GetAsync(Guid id, CancellationToken ct)
    {
        var me = await MeAsync(ct);
        var reflection = await reflections.FindAsync(id, ct);
        if (me is null || reflection is null) throw new EntityNotFoundException(typeof(SupervisionReflection), id);
        if (reflection.AuthorPersonId == me.Id) return await ToDtoAsync(reflection, me.FullName, me.Id, ct);
        // Someone else's note exists for the caller only while it is shared with a group the caller has access to.
        if (!reflection.IsShared || await groups.FindAsync(reflection.GroupId, ct) is not { } group || !group.HasAccess(me.Id))
            throw new EntityNotFoundException(typeof(SupervisionReflection), id);
        var author = (await people.FindAsync(reflection.AuthorPersonId, ct))?.FullName ?? "";
        return await ToDtoAsync(reflection, author, me.Id, ct);
    }

    public async Task<SupervisionReflectionDto> WriteAsync(Guid groupId, WriteSupervisionReflectionInput input, CancellationToken ct)
    {
        var me = await MeAsync(ct);
        if (me is null || await groups.FindAsync(groupId, ct) is not { } group || !group.HasAccess(me.Id))
            throw new EntityNotFoundException(typeof(SupervisionGroup), groupId);
        var validator = new InputValidator().RequireText("text", input.Text, PeerSupervisionConsts.ReflectionMax);
        if (input.MeetingId is { } meetingId && (await meetings.FindAsync(meetingId, ct))?.GroupId != groupId)
            validator.Add("meetingId", InputValidator.Unknown);
        validator.ThrowIfInvalid();
        var reflection = new SupervisionReflection(Guid.CreateVersion7(), me.Id, groupId, input.MeetingId,
            await protector.ProtectAsync(me.Id, input.Text!.Trim(), ct));
        await reflections.InsertAsync(reflection, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return Dto(reflection, input.Text.Trim(), me.FullName, me.Id);
    }

    public async Task<SupervisionReflectionDto> RewriteAsync(Guid id, RewriteSupervisionReflectionInput input, CancellationToken ct)
    {
        var (me, reflection) = await MineAsync(id, ct);
        new InputValidator().RequireText("text", input.Text, PeerSupervisionConsts.ReflectionMax).ThrowIfInvalid();
        reflection.Rewrite(await protector.ProtectAsync(me.Id, input.Text!.Trim(), ct));
        await unitOfWork.SaveChangesAsync(ct);
        return Dto(reflection, input.Text.Trim(), me.FullName, me.Id);
    }

    public async Task<SupervisionReflectionDto> ShareAsync(Guid id, CancellationToken ct)
    {
        var (me, reflection) = await MineAsync(id, ct);
        // Only into a group one still belongs to: a member who left, or has not accepted a new agreement, shares nothing.
        if (await groups.FindAsync(reflection.GroupId, ct) is not { } group || !group.HasAccess(me.Id))
            throw new BusinessException(NavLederprogramErrorCodes.ReflectionShareNeedsAccess) { IsConflict = true };
        reflection.Share(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(reflection, me.FullName, me.Id, ct);
    }

    public async Task<SupervisionReflectionDto> WithdrawShareAsync(Guid id, CancellationToken ct)
    {
        var (me, reflection) = await MineAsync(id, ct);
        reflection.WithdrawShare();
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(reflection, me.FullName, me.Id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var (_, reflection) = await MineAsync(id, ct);
        reflections.Delete(reflection);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private Task<PersonCard?> MeAsync(CancellationToken ct) => currentPerson.GetAsync(ct);

    /// <summary>The caller's own note; anyone else's is not found, whatever their role.</summary>
    private async Task<(PersonCard Me, SupervisionReflection Reflection)> MineAsync(Guid id, CancellationToken ct)
    {
        var me = await MeAsync(ct);
        var reflection = await reflections.FindAsync(id, ct);
        if (me is null || reflection is null || reflection.AuthorPersonId != me.Id) throw new EntityNotFoundException(typeof(SupervisionReflection), id);
        return (me, reflection);
    }

    private async Task<SupervisionReflectionDto> ToDtoAsync(SupervisionReflection r, string authorName, Guid me, CancellationToken ct) =>
        Dto(r, await protector.UnprotectAsync(r.AuthorPersonId, r.ProtectedText, ct), authorName, me);

    private static SupervisionReflectionDto Dto(SupervisionReflection r, string text, string authorName, Guid me) =>
        new(r.Id, r.GroupId, r.MeetingId, text, authorName, r.AuthorPersonId == me, r.SharedWithGroupAt, r.LastModificationTime ?? r.CreationTime);
}
