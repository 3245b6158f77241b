using NavLederprogram.Evaluations;

namespace NavLederprogram.Reporting;

/// <summary>
/// One evaluation in numbers: who answered of those who may (the response rate, 0–1) and the average Likert answer (1–5),
/// null while too few have answered to show it.
/// </summary>
public sealed record EvaluationSummaryRowDto(
    Guid Id,
    string Title,
    EvaluationTargetKind TargetKind,
    int Answered,
    int Eligible,
    decimal ResponseRate,
    decimal? LikertAverage);
