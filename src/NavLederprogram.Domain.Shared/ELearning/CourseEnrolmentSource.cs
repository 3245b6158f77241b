namespace NavLederprogram.ELearning;

/// <summary>How a learner came to a course: they started it, an admin assigned it, their role requires it, or a programme module names it.</summary>
public enum CourseEnrolmentSource
{
    Self = 1,
    Assigned = 2,
    Required = 3,
    Programme = 4,
}
