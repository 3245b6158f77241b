using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public class ProgrammeModule
{
    public Guid Id { get; private set; }
    public int Order { get; internal set; }
    public TranslatedText Title { get; private set; } = TranslatedText.Empty;
    public TranslatedText Description { get; private set; } = TranslatedText.Empty;
    public List<TranslatedText> LearningOutcomes { get; private set; } = [];
    /// <summary>An e-learning course by reference; optional until the e-learning catalogue exists.</summary>
    public string? CourseReference { get; private set; }
    public List<ModuleGathering> Gatherings { get; private set; } = [];
    public List<ModuleAssignment> Assignments { get; private set; } = [];
    public List<ModuleReflectionTask> ReflectionTasks { get; private set; } = [];
    public List<ModuleCompetenceGrant> Grants { get; private set; } = [];

    private ProgrammeModule() { }

    internal ProgrammeModule(Guid id, int order, ModuleContent content)
    {
        Id = id;
        Order = order;
        Change(content);
    }

    internal void Change(ModuleContent content)
    {
        Title = content.Title;
        Description = content.Description;
        LearningOutcomes = [.. content.LearningOutcomes];
        CourseReference = string.IsNullOrWhiteSpace(content.CourseReference) ? null : content.CourseReference;
        Gatherings = content.Gatherings.Select(g => new ModuleGathering(g.Id ?? Guid.CreateVersion7(), g.Title, g.Format, g.DurationMinutes)).ToList();
        Assignments = content.Assignments.Select(a => new ModuleAssignment(a.Id ?? Guid.CreateVersion7(), a.Title, a.Instructions, a.DueDaysAfterUnlock)).ToList();
        ReflectionTasks = content.ReflectionTasks.Select(r => new ModuleReflectionTask(r.Id ?? Guid.CreateVersion7(), r.Prompt)).ToList();
        Grants = content.Grants.Select(g => new ModuleCompetenceGrant(g.CompetenceAreaId, g.Level, g.ValidMonths)).ToList();
    }

    internal ProgrammeModule Copy() => new(Id, Order, Content);

    public ModuleContent Content => new(Title, Description, LearningOutcomes, CourseReference,
        Gatherings.Select(g => new GatheringContent(g.Id, g.Title, g.Format, g.DurationMinutes)).ToList(),
        Assignments.Select(a => new AssignmentContent(a.Id, a.Title, a.Instructions, a.DueDaysAfterUnlock)).ToList(),
        ReflectionTasks.Select(r => new ReflectionContent(r.Id, r.Prompt)).ToList(),
        Grants.Select(g => new GrantContent(g.CompetenceAreaId, g.Level, g.ValidMonths)).ToList());
}
