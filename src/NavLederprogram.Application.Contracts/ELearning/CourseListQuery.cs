using NavLederprogram.Paging;

namespace NavLederprogram.ELearning;

/// <summary>The editors' course list; <see cref="PagedQuery.Filter"/> searches code and title.</summary>
public sealed class CourseListQuery : PagedQuery
{
    public CourseCategory? Category { get; set; }
    public CourseVersionStatus? Status { get; set; }
}
