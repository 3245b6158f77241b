namespace NavLederprogram.Evaluations;

/// <summary>
/// Evaluations in numbers for the programme reports: how many answered of how many may, and the average of the Likert
/// answers — null while fewer than the evaluation's threshold answered. Set-based, whatever the number of evaluations.
/// </summary>
[ModuleContract]
public interface IEvaluationSummaries
{
    Task<IReadOnlyList<EvaluationSummary>> GetSummariesAsync(EvaluationSummaryFilter filter, CancellationToken ct);
}
