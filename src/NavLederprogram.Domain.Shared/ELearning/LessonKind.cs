namespace NavLederprogram.ELearning;

public enum LessonKind
{
    Text = 1,
    Video = 2,
    File = 3,
    ScormPackage = 4,
    Quiz = 5,
}
