using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record EnrolmentCounts(int Enrolled, int Waitlisted, int Pending, int Completed);
