using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Privacy;
using NavLederprogram.Programmes;
using NavLederprogram.Validation;

namespace NavLederprogram.Development;

/// <summary>
/// Development plans. Who may do what is decided by <see cref="DevelopmentAccess"/>: the leader writes goals and progress notes,
/// the coach agrees goals, every facilitator of the cohort gives feedback, an admin reads goals and results only.
/// </summary>
public sealed class DevelopmentPlanAppService(
    DevelopmentAccess access,
    IDevelopmentPlanRepository plans,
    IResultIndicatorRepository indicators,
    IIndicatorValueRepository values,
    ICoachingSessionRepository sessions,
    ICohortCoachingQueries cohorts,
    IPersonDirectory people,
    IUserDirectory users,
    IOrganisationQueries organisation,
    IPrivateTextProtector protector,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDevelopmentPlanAppService
{
    public async Task<MyDevelopmentDto> GetMineAsync(CancellationToken ct)
    {
        var me = await access.MeAsync(ct);
        if (me is null) return new MyDevelopmentDto([], []);
        var mine = await plans.GetForPersonAsync(me.Id, ct);
        var taking = await cohorts.GetForParticipantAsync(me.Id, ct);
        var summaries = await SummariesAsync(mine, ct);
        var without = taking.Where(c => mine.All(p => p.CohortId != c.Id)).Select(c => new DevelopmentCohortOptionDto(c.Id, c.Name)).ToList();
        return new MyDevelopmentDto(summaries, without);
    }

    public async Task<IReadOnlyList<CoachedLeaderDto>> GetCoachedAsync(CancellationToken ct)
    {
        var user = access.UserId;
        var facilitated = await cohorts.GetFacilitatedByAsync(user, ct);
        if (facilitated.Count == 0) return [];
        var cohortPlans = await plans.GetForCohortsAsync(facilitated.Select(c => c.Id).ToList(), ct);
        var byLeader = cohortPlans.ToDictionary(p => (p.CohortId, p.PersonId));
        var leaders = (await people.GetListAsync(facilitated.SelectMany(c => c.ParticipantPersonIds).Distinct().ToList(), ct)).ToDictionary(p => p.Id);
        var offices = await organisation.GetOfficeNamesAsync(leaders.Values.Select(p => p.OfficeId).Concat(cohortPlans.Select(p => p.OfficeId))
            .Distinct().ToList(), ct);
        var next = await NextSessionsAsync(cohortPlans.Select(p => p.Id).ToList(), ct);
        return facilitated.SelectMany(c => c.ParticipantPersonIds.Where(leaders.ContainsKey).Select(personId =>
            {
                var leader = leaders[personId];
                var plan = byLeader.GetValueOrDefault((c.Id, personId));
                return new CoachedLeaderDto(c.Id, c.Name, personId, leader.FullName,
                    offices.GetValueOrDefault(plan?.OfficeId ?? leader.OfficeId) ?? "", plan?.Id, plan?.CoachUserId == user,
                    plan?.Goals.Count ?? 0, plan?.Goals.Count(g => g.IsAgreed) ?? 0, plan is null ? null : next.GetValueOrDefault(plan.Id));
            }))
            .OrderBy(l => l.CohortName, StringComparer.CurrentCulture).ThenBy(l => l.LeaderName, StringComparer.CurrentCulture).ToList();
    }

    public async Task<DevelopmentPlanDto> GetAsync(Guid id, CancellationToken ct)
    {
        var plan = await FindAsync(id, ct);
        return await DtoAsync(plan, await access.ViewerAsync(plan, ct), ct);
    }

    public async Task<DevelopmentPlanDto> CreateAsync(CreateDevelopmentPlanInput input, CancellationToken ct)
    {
        new InputValidator().Require("cohortId", input.CohortId).ThrowIfInvalid();
        var cohort = await cohorts.FindAsync(input.CohortId!.Value, ct);
        if (cohort is null) throw Unknown("cohortId");
        var user = access.UserId;
        var me = await access.MeAsync(ct);
        PersonCard leader;
        if (input.PersonId is null || input.PersonId == me?.Id)
            leader = me ?? throw new BusinessException(NavLederprogramErrorCodes.NoPersonProfile) { IsConflict = true };
        else
        {
            // Only a facilitator of the cohort makes a plan for someone else; to anyone else the leader is unknown.
            if (!cohort.IsFacilitator(user) || !await access.CanCoachAsync(ct)) throw Unknown("personId");
            leader = await people.FindAsync(input.PersonId.Value, ct) ?? throw Unknown("personId");
        }
        if (!cohort.IsParticipant(leader.Id)) throw new BusinessException(NavLederprogramErrorCodes.PlanLeaderNotEnrolled) { Field = "cohortId" };
        if (await plans.FindForPersonAsync(leader.Id, cohort.Id, ct) is not null)
            throw new BusinessException(NavLederprogramErrorCodes.PlanExists) { IsConflict = true };
        // The facilitator who makes the plan coaches it; a leader's plan gets the cohort's only facilitator, or waits for a choice.
        Guid? coach = cohort.IsFacilitator(user) ? user : cohort.FacilitatorUserIds.Count == 1 ? cohort.FacilitatorUserIds[0] : null;
        var plan = new DevelopmentPlan(Guid.CreateVersion7(), leader.Id, cohort.Id, leader.OfficeId, coach);
        await plans.InsertAsync(plan, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await GetAsync(plan.Id, ct);
    }

    public async Task<DevelopmentPlanDto> ChangeCoachAsync(Guid id, ChangeCoachInput input, CancellationToken ct)
    {
        var (plan, viewer) = await LoadAsync(id, ct);
        if (!viewer.IsLeader && !viewer.IsFacilitator) throw new EntityNotFoundException(typeof(DevelopmentPlan), id);
        if (input.CoachUserId is { } coach && !viewer.Cohort.IsFacilitator(coach))
            throw new BusinessException(NavLederprogramErrorCodes.PlanCoachNotFacilitator) { Field = "coachUserId" };
        plan.ChangeCoach(input.CoachUserId);
        return await SaveAsync(plan, ct);
    }

    public async Task<DevelopmentPlanDto> AddGoalAsync(Guid id, DevelopmentGoalInput input, CancellationToken ct)
    {
        var (plan, _) = await LoadForGoalsAsync(id, ct);
        plan.AddGoal(Guid.CreateVersion7(), await ContentAsync(input, ct));
        return await SaveAsync(plan, ct);
    }

    public async Task<DevelopmentPlanDto> ChangeGoalAsync(Guid id, Guid goalId, DevelopmentGoalInput input, CancellationToken ct)
    {
        var (plan, _) = await LoadForGoalsAsync(id, ct);
        plan.ChangeGoal(goalId, await ContentAsync(input, ct));
        return await SaveAsync(plan, ct);
    }

    public async Task<DevelopmentPlanDto> AgreeGoalAsync(Guid id, Guid goalId, CancellationToken ct)
    {
        var (plan, viewer) = await LoadAsync(id, ct);
        if (!viewer.IsFacilitator) throw new EntityNotFoundException(typeof(DevelopmentPlan), id);
        plan.AgreeGoal(goalId, viewer.UserId, Now);
        return await SaveAsync(plan, ct);
    }

    public async Task<DevelopmentPlanDto> SetGoalStatusAsync(Guid id, Guid goalId, GoalStatusInput input, CancellationToken ct)
    {
        new InputValidator().RequireEnum("status", input.Status).ThrowIfInvalid();
        var (plan, _) = await LoadForGoalsAsync(id, ct);
        plan.SetGoalStatus(goalId, input.Status!.Value);
        return await SaveAsync(plan, ct);
    }

    public async Task<DevelopmentPlanDto> AddProgressNoteAsync(Guid id, PlanTextInput input, CancellationToken ct)
    {
        var (plan, _) = await LoadForGoalsAsync(id, ct);
        plan.AddProgressNote(Guid.CreateVersion7(), input.GoalId, access.UserId, input.Text, Now);
        return await SaveAsync(plan, ct);
    }

    public async Task<DevelopmentPlanDto> GiveFeedbackAsync(Guid id, PlanTextInput input, CancellationToken ct)
    {
        var (plan, viewer) = await LoadAsync(id, ct);
        if (!viewer.IsFacilitator) throw new EntityNotFoundException(typeof(DevelopmentPlan), id);
        plan.GiveFeedback(Guid.CreateVersion7(), input.GoalId, viewer.UserId, input.Text, Now);
        return await SaveAsync(plan, ct);
    }

    internal static ValidationFailedException Unknown(string field) =>
        new(new Dictionary<string, IReadOnlyList<FieldError>> { [field] = [new FieldError(InputValidator.Unknown, [])] });

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<DevelopmentPlan> FindAsync(Guid id, CancellationToken ct) =>
        await plans.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(DevelopmentPlan), id);

    private async Task<(DevelopmentPlan Plan, PlanViewer Viewer)> LoadAsync(Guid id, CancellationToken ct)
    {
        var plan = await FindAsync(id, ct);
        return (plan, await access.ViewerAsync(plan, ct));
    }

    /// <summary>Goals and progress are the leader's and the coach's to write; an admin or another facilitator only reads them.</summary>
    private async Task<(DevelopmentPlan Plan, PlanViewer Viewer)> LoadForGoalsAsync(Guid id, CancellationToken ct)
    {
        var (plan, viewer) = await LoadAsync(id, ct);
        if (!viewer.SharesCoaching) throw new EntityNotFoundException(typeof(DevelopmentPlan), id);
        return (plan, viewer);
    }

    private async Task<GoalContent> ContentAsync(DevelopmentGoalInput input, CancellationToken ct)
    {
        ResultIndicator? indicator = null;
        if (input.IndicatorId is { } indicatorId && (indicator = await indicators.FindAsync(indicatorId, ct)) is null)
            throw Unknown("indicatorId");
        return new GoalContent(input.Title, input.Description, indicator, input.TargetValue, input.DueOn);
    }

    private async Task<DevelopmentPlanDto> SaveAsync(DevelopmentPlan plan, CancellationToken ct)
    {
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(plan, await access.ViewerAsync(plan, ct), ct);
    }

    private async Task<Dictionary<Guid, DateTime>> NextSessionsAsync(IReadOnlyCollection<Guid> planIds, CancellationToken ct)
    {
        if (planIds.Count == 0) return [];
        var now = Now;
        return (await sessions.GetForPlansAsync(planIds, ct)).Where(s => s.Status == CoachingSessionStatus.Planned && s.EndsAt >= now)
            .GroupBy(s => s.PlanId).ToDictionary(g => g.Key, g => g.Min(s => s.StartsAt));
    }

    private async Task<IReadOnlyList<DevelopmentPlanSummaryDto>> SummariesAsync(IReadOnlyList<DevelopmentPlan> list, CancellationToken ct)
    {
        if (list.Count == 0) return [];
        var cohortNames = new Dictionary<Guid, string>();
        foreach (var cohortId in list.Select(p => p.CohortId).Distinct())
            cohortNames[cohortId] = (await cohorts.FindAsync(cohortId, ct))?.Name ?? "";
        var leaders = (await people.GetListAsync(list.Select(p => p.PersonId).Distinct().ToList(), ct)).ToDictionary(p => p.Id, p => p.FullName);
        var offices = await organisation.GetOfficeNamesAsync(list.Select(p => p.OfficeId).Distinct().ToList(), ct);
        var next = await NextSessionsAsync(list.Select(p => p.Id).ToList(), ct);
        var summaries = new List<DevelopmentPlanSummaryDto>();
        foreach (var p in list)
            summaries.Add(new DevelopmentPlanSummaryDto(p.Id, p.CohortId, cohortNames[p.CohortId], p.PersonId, leaders.GetValueOrDefault(p.PersonId) ?? "",
                offices.GetValueOrDefault(p.OfficeId) ?? "", p.CoachUserId, await UserNameAsync(p.CoachUserId, ct), p.Goals.Count,
                p.Goals.Count(g => g.IsAgreed), next.GetValueOrDefault(p.Id)));
        return summaries;
    }

    private async Task<string?> UserNameAsync(Guid? userId, CancellationToken ct) =>
        userId is { } id ? (await users.FindAsync(id, ct))?.Name : null;

    private async Task<DevelopmentPlanDto> DtoAsync(DevelopmentPlan plan, PlanViewer viewer, CancellationToken ct)
    {
        var catalogue = (await indicators.GetListAsync(ct)).ToDictionary(i => i.Id);
        var measured = plan.Goals.Where(g => g.IndicatorId is not null).Select(g => g.IndicatorId!.Value).Distinct().ToList();
        var officeValues = measured.Count == 0 ? [] : await values.GetForOfficeAsync(plan.OfficeId, measured, ct);
        var leader = await people.FindAsync(plan.PersonId, ct);
        var office = (await organisation.GetOfficeNamesAsync([plan.OfficeId], ct)).GetValueOrDefault(plan.OfficeId) ?? "";
        var names = new Dictionary<Guid, string>();
        async Task<string> NameOf(Guid userId)
        {
            if (!names.TryGetValue(userId, out var name)) names[userId] = name = (await users.FindAsync(userId, ct))?.Name ?? "";
            return name;
        }
        var coaches = new List<CoachOptionDto>();
        foreach (var f in viewer.Cohort.FacilitatorUserIds) coaches.Add(new CoachOptionDto(f, await NameOf(f)));

        var goals = plan.Goals.Select(g =>
        {
            var indicator = g.IndicatorId is { } i ? catalogue.GetValueOrDefault(i) : null;
            var series = indicator is null ? [] : officeValues.Where(v => v.IndicatorId == indicator.Id).Select(v => ValueDto(v, indicator)).ToList();
            return new DevelopmentGoalDto(g.Id, g.Title, g.Description, g.Status, g.IndicatorId, indicator?.Name.Resolve(CultureInfo.CurrentUICulture.Name).Text, indicator?.ValueKind,
                indicator?.PeriodKind, indicator?.Unit, indicator?.HigherIsBetter, g.TargetValue, g.AgreedAt, g.DueOn, series);
        }).ToList();

        var notes = new List<ProgressNoteDto>();
        var feedback = new List<FacilitatorFeedbackDto>();
        var sessionDtos = new List<CoachingSessionDto>();
        // An admin reads goals and results only: notes, feedback and sessions are between the leader and the facilitators.
        if (viewer.ReadsNotes)
        {
            foreach (var n in plan.ProgressNotes.OrderByDescending(n => n.WrittenAt))
                notes.Add(new ProgressNoteDto(n.Id, n.GoalId, await AuthorAsync(n.AuthorUserId), n.Text, n.WrittenAt, n.AuthorUserId == viewer.UserId));
            foreach (var f in plan.Feedback.OrderByDescending(f => f.GivenAt))
                feedback.Add(new FacilitatorFeedbackDto(f.Id, f.GoalId, await NameOf(f.AuthorUserId), f.Text, f.GivenAt));
        }
        if (viewer.SharesCoaching)
            foreach (var s in await sessions.GetForPlansAsync([plan.Id], ct))
                sessionDtos.Add(await CoachingSessionAppService.DtoAsync(s, plan, true, protector, ct));

        return new DevelopmentPlanDto
        {
            Id = plan.Id,
            CohortId = plan.CohortId,
            CohortName = viewer.Cohort.Name,
            PersonId = plan.PersonId,
            LeaderName = leader?.FullName ?? "",
            OfficeId = plan.OfficeId,
            OfficeName = office,
            CoachUserId = plan.CoachUserId,
            CoachName = plan.CoachUserId is { } c ? await NameOf(c) : null,
            IsLeader = viewer.IsLeader,
            IsCoach = viewer.IsCoach,
            IsFacilitator = viewer.IsFacilitator,
            Coaches = coaches,
            Goals = goals,
            ProgressNotes = notes,
            Feedback = feedback,
            Sessions = sessionDtos,
        };

        // The leader writes notes as a user too; their name is the person's, as the coach knows them.
        async Task<string> AuthorAsync(Guid userId) => userId == leader?.UserId ? leader.FullName : await NameOf(userId);
    }

    internal static IndicatorValueDto ValueDto(IndicatorValue v, ResultIndicator indicator) =>
        new(v.IndicatorId, v.OfficeId, IndicatorPeriod.Format(v.Period, indicator.PeriodKind), v.Period, v.Value, v.Source);
}
