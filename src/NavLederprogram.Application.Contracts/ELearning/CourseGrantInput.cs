namespace NavLederprogram.ELearning;

public sealed class CourseGrantInput
{
    public Guid? CompetenceAreaId { get; set; }
    public int? Level { get; set; }
    public int? ValidMonths { get; set; }
}
