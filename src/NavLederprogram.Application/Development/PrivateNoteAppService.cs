using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.Privacy;
using NavLederprogram.Validation;

namespace NavLederprogram.Development;

/// <summary>The leader's private notes: read, changed and deleted by their author alone, whatever anyone else's role.</summary>
public sealed class PrivateNoteAppService(
    ICurrentPerson currentPerson,
    IPrivateNoteRepository notes,
    IDevelopmentPlanRepository plans,
    IPrivateTextProtector protector,
    IUnitOfWork unitOfWork) : IPrivateNoteAppService
{
    public async Task<IReadOnlyList<PrivateNoteDto>> GetMineAsync(CancellationToken ct)
    {
        if (await currentPerson.GetAsync(ct) is not { } me) return [];
        var list = new List<PrivateNoteDto>();
        foreach (var n in await notes.GetForPersonAsync(me.Id, ct)) list.Add(await DtoAsync(n, ct));
        return list;
    }

    public async Task<PrivateNoteDto> WriteAsync(PrivateNoteInput input, CancellationToken ct)
    {
        var me = await currentPerson.GetOrThrowAsync(ct);
        new InputValidator().RequireText("text", input.Text, DevelopmentConsts.NoteMax).ThrowIfInvalid();
        if (input.PlanId is { } planId && (await plans.FindAsync(planId, ct))?.PersonId != me.Id) throw DevelopmentPlanAppService.Unknown("planId");
        var note = new PrivateNote(Guid.CreateVersion7(), me.Id, input.PlanId, await protector.ProtectAsync(me.Id, input.Text!.Trim(), ct));
        await notes.InsertAsync(note, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(note, ct);
    }

    public async Task<PrivateNoteDto> RewriteAsync(Guid id, PrivateNoteInput input, CancellationToken ct)
    {
        var note = await MineAsync(id, ct);
        new InputValidator().RequireText("text", input.Text, DevelopmentConsts.NoteMax).ThrowIfInvalid();
        note.Rewrite(await protector.ProtectAsync(note.PersonId, input.Text!.Trim(), ct));
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(note, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        notes.Delete(await MineAsync(id, ct));
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<PrivateNote> MineAsync(Guid id, CancellationToken ct)
    {
        var me = await currentPerson.GetAsync(ct);
        var note = await notes.FindAsync(id, ct);
        if (me is null || note is null || note.PersonId != me.Id) throw new EntityNotFoundException(typeof(PrivateNote), id);
        return note;
    }

    private async Task<PrivateNoteDto> DtoAsync(PrivateNote n, CancellationToken ct) =>
        new(n.Id, n.PlanId, await protector.UnprotectAsync(n.PersonId, n.ProtectedText, ct), n.LastModificationTime ?? n.CreationTime);
}
