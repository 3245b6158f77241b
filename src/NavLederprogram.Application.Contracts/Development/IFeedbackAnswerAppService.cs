namespace NavLederprogram.Development;

/// <summary>The invitee's side, reached by the personal link without signing in: the token is the only credential.</summary>
public interface IFeedbackAnswerAppService
{
    Task<FeedbackQuestionnaireDto> GetAsync(string token, CancellationToken ct);
    Task AnswerAsync(string token, AnswerFeedbackInput input, CancellationToken ct);
}
