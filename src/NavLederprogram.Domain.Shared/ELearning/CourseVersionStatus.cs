namespace NavLederprogram.ELearning;

/// <summary>A draft is edited; a published version is what new learners start; a superseded one is finished by those who started it.</summary>
public enum CourseVersionStatus
{
    Draft = 1,
    Published = 2,
    Superseded = 3,
}
