namespace NavLederprogram.ELearning;

public enum CourseProgressGrouping
{
    Course,
    Region,
    Office,
}
