using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class SaveModuleInput
{
    public TranslatedTextInput? Title { get; set; }
    public TranslatedTextInput? Description { get; set; }
    public List<TranslatedTextInput>? LearningOutcomes { get; set; }
    public string? CourseReference { get; set; }
    public List<GatheringInput>? Gatherings { get; set; }
    public List<AssignmentInput>? Assignments { get; set; }
    public List<ReflectionTaskInput>? ReflectionTasks { get; set; }
    public List<GrantInput>? Grants { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
