using NavLederprogram.Organisation;

namespace NavLederprogram.ELearning;

public sealed record CourseAssignmentOptionsDto(IReadOnlyList<CourseOptionDto> Courses, IReadOnlyList<NamedReference> Offices, IReadOnlyList<NamedReference> JobRoles);
