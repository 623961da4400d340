int counter;
static int table[4] = { 1, 2, 3, 4 };
const char *msg = "hello";
extern int helper(int);
int sum(void) { int s = 0; for (int i = 0; i < 4; i++) s += table[i] * helper(i); return s; }
void _start(void) { counter = sum(); for (;;) ; }
