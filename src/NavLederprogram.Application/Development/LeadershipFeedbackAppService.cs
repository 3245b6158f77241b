using System.Globalization;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Localization;
using NavLederprogram.Notifications;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Development;

/// <summary>
/// The leader's own 360° rounds. Every round belongs to the person who started it; nobody else reads it through this service, and
/// no answer of it is ever read with a person attached.
/// </summary>
public sealed class LeadershipFeedbackAppService(
    IFeedbackRoundRepository rounds,
    ICompetenceQueries competence,
    IRequiredCompetenceAreas requiredAreas,
    IEvidenceRequests evidenceRequests,
    IPersonDirectory people,
    IOrganisationQueries organisation,
    ICurrentPerson currentPerson,
    INotificationSender notifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ILeadershipFeedbackAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string Culture => CultureInfo.CurrentUICulture.Name;

    public async Task<FeedbackRoundOptionsDto> GetOptionsAsync(CancellationToken ct)
    {
        var me = await currentPerson.GetOrThrowAsync(ct);
        var areas = await competence.GetAreasAsync(ct);
        var maxLevels = await competence.GetScaleMaxLevelsAsync(ct);
        var required = (await requiredAreas.GetAreaIdsAsync(me.Id, ct)).ToHashSet();
        var options = areas.Values
            .Select(a => new FeedbackAreaOptionDto(a.Id, a.Code, a.Name.In(Culture), maxLevels.GetValueOrDefault(a.ScaleId, 1), required.Contains(a.Id)))
            .OrderByDescending(a => a.IsRequired).ThenBy(a => a.Name, StringComparer.Create(CultureInfo.CurrentUICulture, false))
            .ToList();
        return new FeedbackRoundOptionsDto(options, FeedbackRoundConsts.MinInvitees, FeedbackRoundConsts.DefaultMinimumAnswers,
            FeedbackRoundConsts.LowestMinimumAnswers);
    }

    public async Task<IReadOnlyList<FeedbackCandidateDto>> GetCandidatesAsync(string? filter, CancellationToken ct)
    {
        new InputValidator().SearchFilter("filter", filter, OrganisationConsts.MaxFilterLength).ThrowIfInvalid();
        var me = await currentPerson.GetOrThrowAsync(ct);
        var scope = await RegionScopeAsync(me, ct);
        var page = await people.GetPageAsync(new PageRequest(filter?.Trim(), "lastName", 0, FeedbackRoundConsts.CandidateLimit + 1), scope, null, ct);
        var found = page.Items.Where(p => p.Id != me.Id && !string.IsNullOrWhiteSpace(p.Email)).Take(FeedbackRoundConsts.CandidateLimit).ToList();
        var offices = await organisation.GetOfficeNamesAsync(found.Select(p => p.OfficeId).Distinct().ToList(), ct);
        return found.Select(p => new FeedbackCandidateDto(p.Id, p.FullName, p.EmployeeNumber, offices.GetValueOrDefault(p.OfficeId, ""))).ToList();
    }

    public async Task<IReadOnlyList<FeedbackRoundSummaryDto>> GetMineAsync(CancellationToken ct)
    {
        var me = await currentPerson.GetAsync(ct);
        if (me is null) return [];
        var mine = await rounds.GetOfPersonAsync(me.Id, ct);
        var counts = await rounds.CountAsync(mine.Select(r => r.Id).ToList(), ct);
        return mine.Select(r => Summary(r, counts.GetValueOrDefault(r.Id))).ToList();
    }

    public async Task<FeedbackRoundDto> GetAsync(Guid id, CancellationToken ct) => await DtoAsync(await MineAsync(id, ct), ct);

    public async Task<FeedbackRoundDto> CreateAsync(CreateFeedbackRoundInput input, CancellationToken ct)
    {
        var validator = new InputValidator().RequireText("title", input.Title, FeedbackRoundConsts.TitleMax)
            .Require("opensAt", input.OpensAt).Require("closesAt", input.ClosesAt);
        if (input.MinimumAnswers is not null) validator.InRange("minimumAnswers", input.MinimumAnswers, FeedbackRoundConsts.LowestMinimumAnswers, FeedbackRoundConsts.MaxInvitees);
        if (input.InviteePersonIds is null) validator.Add("inviteePersonIds", InputValidator.Required);
        else if (input.InviteePersonIds.Count > FeedbackRoundConsts.MaxInvitees) validator.Add("inviteePersonIds", InputValidator.TooMany, FeedbackRoundConsts.MaxInvitees);
        var areas = await competence.GetAreasAsync(ct);
        if (input.SelfRatings is not { Count: > 0 }) validator.Add("selfRatings", InputValidator.Required);
        else if (input.SelfRatings.Count > FeedbackRoundConsts.MaxAreas) validator.Add("selfRatings", InputValidator.TooMany, FeedbackRoundConsts.MaxAreas);
        else
            for (var i = 0; i < input.SelfRatings.Count; i++)
            {
                var rating = input.SelfRatings[i];
                if (rating?.AreaId is not { } areaId) validator.Add($"selfRatings[{i}].areaId", InputValidator.Required);
                else if (!areas.ContainsKey(areaId)) validator.Add($"selfRatings[{i}].areaId", InputValidator.Unknown);
                validator.Require($"selfRatings[{i}].rating", rating?.Rating)
                    .InRange($"selfRatings[{i}].rating", rating?.Rating, FeedbackRoundConsts.LowestRating, FeedbackRoundConsts.HighestRating);
            }
        validator.ThrowIfInvalid();

        var me = await currentPerson.GetOrThrowAsync(ct);
        var start = FeedbackRound.Start(Guid.CreateVersion7(), me.Id, input.Title!, input.OpensAt!.Value.ToUniversalTime(),
            input.ClosesAt!.Value.ToUniversalTime(), input.MinimumAnswers ?? FeedbackRoundConsts.DefaultMinimumAnswers,
            input.SelfRatings!.Select(r => new FeedbackSelfRating(r.AreaId!.Value, r.Rating!.Value)).ToList(), input.InviteePersonIds!, Now);
        await EnsureReachableAsync(me, input.InviteePersonIds!, ct);

        await rounds.InsertAsync(start, ct);
        var round = start.Round;
        foreach (var invitation in start.Invitations)
            await notifications.NotifyPeopleAsync([invitation.Invitee.PersonId], new NotificationMessage(NotificationKind.Reminder,
                "Development.FeedbackInvitation", [me.FullName, round.Title, Iso(round.ClosesAt)], AnswerLink(invitation.Token),
                $"feedback:{round.Id}:invitation"), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(round, ct);
    }

    public async Task<FeedbackRoundDto> CloseAsync(Guid id, CancellationToken ct)
    {
        var round = await MineAsync(id, ct);
        round.Close(Now);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(round, ct);
    }

    /// <summary>Only the hash of each link is kept, so a reminder carries a fresh link and the old one stops working.</summary>
    public async Task<FeedbackRemindersDto> RemindAsync(Guid id, CancellationToken ct)
    {
        var round = await MineAsync(id, ct);
        round.Remind(OsloTime.Today(clock), Now);
        var me = await currentPerson.GetOrThrowAsync(ct);
        var unanswered = await rounds.GetUnansweredAsync(round.Id, ct);
        foreach (var invitee in unanswered)
            await notifications.NotifyPeopleAsync([invitee.PersonId], new NotificationMessage(NotificationKind.Reminder,
                "Development.FeedbackReminder", [me.FullName, round.Title, Iso(round.ClosesAt)], AnswerLink(invitee.Reissue()),
                $"feedback:{round.Id}:reminder:{round.RemindedOn:yyyy-MM-dd}"), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return new FeedbackRemindersDto(unanswered.Count);
    }

    public async Task<FeedbackRoundDto> RequestEvidenceAsync(Guid id, RequestFeedbackEvidenceInput input, CancellationToken ct)
    {
        new InputValidator().Require("areaId", input.AreaId).Require("level", input.Level).ThrowIfInvalid();
        var round = await MineAsync(id, ct);
        var result = FeedbackResult.Of(round, await rounds.GetResponsesAsync(round.Id, ct), Now);
        var areaId = input.AreaId!.Value;
        round.EnsureCanRequestEvidence(result, areaId);
        var title = LocalizationTexts.Get("Page:LeadershipFeedback.EvidenceTitle", Culture, round.Title);
        var evidenceId = await evidenceRequests.RequestManagerAssessmentAsync(round.PersonId, areaId, input.Level!.Value, title, $"feedback:{round.Id}", ct);
        round.RecordEvidenceRequest(result, areaId, input.Level!.Value, evidenceId, Now);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(round, ct);
    }

    /// <summary>Colleagues in the leader's region, each with an address for the link; anyone else is refused by name.</summary>
    private async Task EnsureReachableAsync(PersonCard me, IReadOnlyList<Guid> personIds, CancellationToken ct)
    {
        var scope = await RegionScopeAsync(me, ct);
        var found = (await people.GetListAsync(personIds, ct)).ToDictionary(p => p.Id);
        var validator = new InputValidator();
        foreach (var id in personIds)
            if (!found.TryGetValue(id, out var person) || !scope.CoversOffice(person.OfficeId))
                validator.Add("inviteePersonIds", InputValidator.Unknown);
            else if (string.IsNullOrWhiteSpace(person.Email))
                validator.Add("inviteePersonIds", NavLederprogramErrorCodes.FeedbackInviteeNoEmail, person.FullName);
        validator.ThrowIfInvalid();
    }

    private async Task<AccessScope> RegionScopeAsync(PersonCard me, CancellationToken ct)
    {
        var offices = await organisation.GetOfficesAsync(ct);
        var regionId = offices.GetValueOrDefault(me.OfficeId)?.RegionId;
        var inRegion = offices.Values.Where(o => o.RegionId == regionId).ToList();
        return new AccessScope(false, regionId is { } r ? [r] : [], inRegion.SelectMany(o => o.MunicipalityIds), inRegion.Select(o => o.Id));
    }

    private async Task<FeedbackRound> MineAsync(Guid id, CancellationToken ct)
    {
        var me = await currentPerson.GetOrThrowAsync(ct);
        var round = await rounds.FindAsync(id, ct);
        return round is not null && round.PersonId == me.Id ? round : throw new EntityNotFoundException(typeof(FeedbackRound), id);
    }

    private async Task<FeedbackRoundDto> DtoAsync(FeedbackRound round, CancellationToken ct)
    {
        var counts = await rounds.CountAsync([round.Id], ct);
        var result = FeedbackResult.Of(round, await rounds.GetResponsesAsync(round.Id, ct), Now);
        var areas = await competence.GetAreasAsync(ct);
        var maxLevels = await competence.GetScaleMaxLevelsAsync(ct);
        var requested = round.EvidenceRequests.ToDictionary(r => r.AreaId, r => r.Level);
        var areaDtos = result.Areas.Select(a =>
        {
            var card = areas.GetValueOrDefault(a.AreaId);
            return new FeedbackAreaResultDto(a.AreaId, card?.Name.In(Culture) ?? "", card is null ? 1 : maxLevels.GetValueOrDefault(card.ScaleId, 1),
                a.SelfRating, a.Rated, a.OthersAverage, requested.TryGetValue(a.AreaId, out var level) ? level : null);
        }).ToList();
        return new FeedbackRoundDto(Summary(round, counts.GetValueOrDefault(round.Id)), result.IsShown, areaDtos, result.Comments, round.RemindedOn);
    }

    private FeedbackRoundSummaryDto Summary(FeedbackRound r, FeedbackRoundCount? count) =>
        new(r.Id, r.Title, r.OpensAt, r.ClosesAt, r.IsOpenAt(Now), r.IsClosedAt(Now), count?.Invited ?? 0, count?.Answered ?? 0, r.MinimumAnswers);

    private static string AnswerLink(string token) => $"/feedback/answer/{token}";

    private static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
