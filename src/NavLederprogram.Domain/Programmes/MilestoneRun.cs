namespace NavLederprogram.Programmes;

/// <summary>The outcome of one run of a milestone, by the scheduler or by hand.</summary>
public class MilestoneRun
{
    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public string Key { get; private set; } = "";
    public DateTime RanAt { get; private set; }
    public bool Succeeded { get; private set; }
    public string ResultKey { get; private set; } = "";
    public List<string> ResultArguments { get; private set; } = [];
    public bool ByHand { get; private set; }

    private MilestoneRun() { }

    public MilestoneRun(Guid id, Guid cohortId, string key, DateTime ranAt, MilestoneOutcome outcome, bool byHand)
    {
        Id = id;
        CohortId = cohortId;
        Key = key;
        RanAt = ranAt;
        Succeeded = outcome.Succeeded;
        ResultKey = outcome.ResultKey;
        ResultArguments = [.. outcome.Arguments];
        ByHand = byHand;
    }
}
