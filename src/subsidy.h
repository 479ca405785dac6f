/*
 * subsidy.h — helpers shared by the C files of the subsidies, loans and
 * escrow families (spec 30): parameter reads, exact fen arithmetic.
 */
#ifndef JDZ_SUBSIDY_H
#define JDZ_SUBSIDY_H

#include "jdzpolicy.h"

#include "utils/date.h"
#include "utils/timestamp.h"
#include "utils/numeric.h"

/* how an exact amount becomes whole fen */
typedef enum SubRound
{
	SUB_ROUND_HALF_UP,			/* 四舍五入: half away from zero */
	SUB_ROUND_FLOOR,			/* a maximum: toward -infinity */
	SUB_ROUND_CEILING			/* a minimum: toward +infinity */
} SubRound;

/*
 * An exact decimal num / den (den = 10^scale, times a small factor), kept in
 * int128 when the decimal fits; ok = false means "use numeric".
 */
typedef struct SubRatio
{
	bool		ok;
	int128		num;
	int128		den;
} SubRatio;

extern uint64 sub_param_generation(void);
extern bool sub_same_numeric(Numeric a, Numeric b);
extern void sub_keep_numeric(MemoryContext cxt, Numeric *slot, Numeric n);
extern int64 sub_integral_to_fen(Numeric x, const char *detail);
extern Numeric sub_param(const char *key, DateADT on_date, bool required,
						 const char *detail);
extern char *sub_date_text(DateADT d);
extern SubRatio sub_ratio(Numeric n, int64 extra_den);
extern int64 sub_fen_times(int64 fen, Numeric n, const SubRatio *r, SubRound mode,
						   const char *detail);
extern int64 sub_numeric_to_fen(Numeric yuan, SubRound mode, const char *detail);
extern int64 sub_round_div128(int128 num, int128 den, SubRound mode, bool *overflow);
extern int	sub_param_int(const char *key, DateADT on_date, const char *detail,
						  int lo, int hi);

#endif							/* JDZ_SUBSIDY_H */
