using NavLederprogram.Data;
using NavLederprogram.Privacy;
using NavLederprogram.Validation;

namespace NavLederprogram.Development;

/// <summary>
/// Coaching sessions. The coach schedules them; the leader and the coach read them and their notes, which are encrypted under the
/// leader's key. Whatever the caller's roles, nobody else finds a session: there is no administrative way in.
/// </summary>
public sealed class CoachingSessionAppService(
    DevelopmentAccess access,
    IDevelopmentPlanRepository plans,
    ICoachingSessionRepository sessions,
    IPrivateTextProtector protector,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICoachingSessionAppService
{
    public async Task<CoachingSessionDto> ScheduleAsync(Guid planId, CoachingSessionInput input, CancellationToken ct)
    {
        var plan = await plans.FindAsync(planId, ct) ?? throw new EntityNotFoundException(typeof(DevelopmentPlan), planId);
        var viewer = await access.ViewerAsync(plan, ct);
        if (!viewer.SharesCoaching) throw new EntityNotFoundException(typeof(DevelopmentPlan), planId);
        if (!viewer.IsCoach) throw new BusinessException(NavLederprogramErrorCodes.NotCoach) { IsConflict = true };
        Validate(input);
        var session = new CoachingSession(Guid.CreateVersion7(), plan.Id, input.StartsAt!.Value, input.DurationMinutes!.Value, input.Place, input.VideoLink, Now);
        await sessions.InsertAsync(session, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(session, plan, true, protector, ct);
    }

    public async Task<CoachingSessionDto> MoveAsync(Guid id, CoachingSessionInput input, CancellationToken ct)
    {
        var (session, plan) = await AsCoachAsync(id, ct);
        Validate(input);
        session.Move(input.StartsAt!.Value, input.DurationMinutes!.Value, input.Place, input.VideoLink, Now);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(session, plan, true, protector, ct);
    }

    public async Task<CoachingSessionDto> CancelAsync(Guid id, CancellationToken ct)
    {
        var (session, plan) = await AsCoachAsync(id, ct);
        session.Cancel();
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(session, plan, true, protector, ct);
    }

    public async Task<CoachingSessionDto> MarkHeldAsync(Guid id, CancellationToken ct)
    {
        var (session, plan) = await AsCoachAsync(id, ct);
        session.MarkHeld(Now);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(session, plan, true, protector, ct);
    }

    public async Task<CoachingSessionDto> GetAsync(Guid id, CancellationToken ct)
    {
        var (session, plan) = await SharedAsync(id, ct);
        return await DtoAsync(session, plan, true, protector, ct);
    }

    public async Task<CoachingSessionDto> WriteNotesAsync(Guid id, SessionNotesInput input, CancellationToken ct)
    {
        var (session, plan) = await SharedAsync(id, ct);
        var text = input.Text?.Trim() ?? "";
        if (text.Length > DevelopmentConsts.NoteMax) new InputValidator().RequireText("text", text, DevelopmentConsts.NoteMax).ThrowIfInvalid();
        // Under the leader's key whoever writes: the notes are the leader's as much as the coach's, and stay readable to both.
        session.WriteNotes(text.Length == 0 ? null : await protector.ProtectAsync(plan.PersonId, text, ct));
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(session, plan, true, protector, ct);
    }

    internal static async Task<CoachingSessionDto> DtoAsync(CoachingSession s, DevelopmentPlan plan, bool withNotes, IPrivateTextProtector protector,
        CancellationToken ct) =>
        new(s.Id, s.PlanId, s.StartsAt, s.EndsAt, s.Place, s.VideoLink, s.Status,
            withNotes && s.ProtectedNotes is { } notes ? await protector.UnprotectAsync(plan.PersonId, notes, ct) : null, s.ProtectedNotes is not null);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static void Validate(CoachingSessionInput input) =>
        new InputValidator().Require("startsAt", input.StartsAt).Require("durationMinutes", input.DurationMinutes).ThrowIfInvalid();

    /// <summary>The session for its leader or coach; to anyone else, admins included, it does not exist.</summary>
    private async Task<(CoachingSession Session, DevelopmentPlan Plan)> SharedAsync(Guid id, CancellationToken ct)
    {
        var session = await sessions.FindAsync(id, ct);
        var plan = session is null ? null : await plans.FindAsync(session.PlanId, ct);
        if (session is null || plan is null) throw new EntityNotFoundException(typeof(CoachingSession), id);
        PlanViewer viewer;
        try
        {
            viewer = await access.ViewerAsync(plan, ct);
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException(typeof(CoachingSession), id);
        }
        if (!viewer.SharesCoaching) throw new EntityNotFoundException(typeof(CoachingSession), id);
        return (session, plan);
    }

    private async Task<(CoachingSession Session, DevelopmentPlan Plan)> AsCoachAsync(Guid id, CancellationToken ct)
    {
        var (session, plan) = await SharedAsync(id, ct);
        if (plan.CoachUserId != access.UserId) throw new BusinessException(NavLederprogramErrorCodes.NotCoach) { IsConflict = true };
        return (session, plan);
    }
}
