using System.Globalization;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.Validation;

namespace NavLederprogram.Development;

/// <summary>
/// The invitee's answer, without signing in: the link's token finds the invitee, the answer is stored without them and they are
/// marked as having answered, in one save. A token that is malformed, unknown or replaced by a reminder's is simply not found.
/// </summary>
public sealed class FeedbackAnswerAppService(
    IFeedbackRoundRepository rounds,
    ICompetenceQueries competence,
    IPersonDirectory people,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IFeedbackAnswerAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<FeedbackQuestionnaireDto> GetAsync(string token, CancellationToken ct)
    {
        var (invitee, round) = await FindAsync(token, ct);
        var leader = await people.FindAsync(round.PersonId, ct);
        var areas = await competence.GetAreasAsync(ct);
        var culture = CultureInfo.CurrentUICulture.Name;
        return new FeedbackQuestionnaireDto(round.Title, leader?.FullName ?? "", round.ClosesAt, round.IsOpenAt(Now), invitee.Answered,
            round.AreaIds.Select(id => new FeedbackQuestionAreaDto(id, areas.GetValueOrDefault(id)?.Name.In(culture) ?? "")).ToList());
    }

    public async Task AnswerAsync(string token, AnswerFeedbackInput input, CancellationToken ct)
    {
        var validator = new InputValidator();
        if (input.Ratings is not { Count: > 0 }) validator.Add("ratings", InputValidator.Required);
        else if (input.Ratings.Count > FeedbackRoundConsts.MaxAreas) validator.Add("ratings", InputValidator.TooMany, FeedbackRoundConsts.MaxAreas);
        else
            for (var i = 0; i < input.Ratings.Count; i++)
            {
                validator.Require($"ratings[{i}].areaId", input.Ratings[i]?.AreaId);
                if (input.Ratings[i]?.Rating is not null)
                    validator.InRange($"ratings[{i}].rating", input.Ratings[i].Rating, FeedbackRoundConsts.LowestRating, FeedbackRoundConsts.HighestRating);
            }
        if (input.Comment is { Length: > FeedbackRoundConsts.CommentMax }) validator.Add("comment", InputValidator.MaxLength, FeedbackRoundConsts.CommentMax);
        validator.ThrowIfInvalid();

        var (invitee, round) = await FindAsync(token, ct);
        var response = round.Answer(invitee, input.Ratings!.Select(r => new FeedbackRating(r.AreaId!.Value, r.Rating)).ToList(), input.Comment, Now);
        await rounds.InsertAsync(response, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<(FeedbackInvitee Invitee, FeedbackRound Round)> FindAsync(string token, CancellationToken ct)
    {
        var invitee = FeedbackToken.IsWellFormed(token) ? await rounds.FindInviteeByTokenHashAsync(FeedbackToken.Hash(token), ct) : null;
        var round = invitee is null ? null : await rounds.FindAsync(invitee.RoundId, ct);
        return invitee is not null && round is not null ? (invitee, round) : throw new EntityNotFoundException(typeof(FeedbackInvitee), null);
    }
}
