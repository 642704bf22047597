### cares: اردو (Urdu).
### DRAFT TRANSLATION: no qualified translator has checked this file yet. Please help
### check it: correct the words after each "=", keep the ids and the { $names } as
### they are, and set -language-checked to yes once an Urdu speaker has checked it.

-language-name = اردو
-language-direction = rtl
-language-checked = no

## تاریخیں: 3 دسمبر 2026

date-long = { $day } { $month ->
    [1] جنوری
    [2] فروری
    [3] مارچ
    [4] اپریل
    [5] مئی
    [6] جون
    [7] جولائی
    [8] اگست
    [9] ستمبر
    [10] اکتوبر
    [11] نومبر
   *[12] دسمبر
} { $year }

## SMART جائزہ

finding-no-lead = اس کی قیادت کون کرے گا؟ کسی شخص یا ادارے کا نام لکھیں۔
finding-no-measure = ہمیں کیسے پتا چلے گا کہ یہ کامیاب ہوا؟ نتیجے کا پیمانہ شامل کریں۔
finding-measure-not-countable = ہم اسے کیسے گنیں گے؟ کوئی عدد، ہدف یا گنی جانے والی چیز شامل کریں۔
finding-vague-timescale = "{ $written }" کوئی تاریخ نہیں ہے۔ بتائیں کہ یہ کب ہوگا یا کب اس کا جائزہ لیا جائے گا۔
finding-no-timescale-complete = یہ کب ہوا؟ مکمل ہونے کی تاریخ شامل کریں۔
finding-no-timescale = کب تک؟ تاریخ شامل کریں۔
finding-milestone-undated = سنگِ میل "{ $milestone }" کی کوئی تاریخ نہیں ہے۔
finding-overdue = اسے { $due } تک مکمل ہونا تھا اور یہ مکمل نہیں ہوا۔ اس کی پیش رفت کی درجہ بندی کریں یا نئی تاریخ طے کریں۔
finding-status-without-evidence = { $status ->
    [red] سرخ
    [amber] نارنجی
   *[green] سبز
} درجہ بندی، بغیر ثبوت کے۔ پیش رفت دکھانے والا نوٹ یا لنک شامل کریں۔
finding-complete-without-evidence = بغیر ثبوت کے مکمل قرار دیا گیا۔ وہ چیز شامل کریں جو دکھائے کہ یہ ہو گیا۔
finding-vague-action = اصل میں کیا ہوگا؟ بتائیں کہ کیا کیا جائے گا، جیسے کوئی گفتگو، اسٹال یا پرچہ، اور کہاں۔

## کسی نتیجے کی اہمیت

severity-gap = موجود نہیں
severity-vague = واضح نہیں
severity-follow-up = پیروی درکار

## لوگوں کے لیے `cares audit`

audit-title = "{ $title }" کا SMART جائزہ، بتاریخ { $today }
audit-no-plans = جائزے کے لیے کوئی منصوبہ نہیں ہے۔
audit-plan = منصوبہ: { $plan }
audit-no-section = کسی حصے میں نہیں
audit-summary = "{ $plan }" کا خلاصہ: { $actions ->
    [one] 1 اقدام
   *[other] { $actions } اقدامات
}؛ { $smart } SMART ہیں (ایک رہنما، گنا جا سکنے والا پیمانہ اور ایک تاریخ)؛ { $flagged } میں دیکھنے کی کوئی بات ہے۔
audit-total = کل { $count ->
    [0] کچھ نہیں
    [one] 1 چیز
   *[other] { $count } چیزیں
} ملیں۔

## کسی نتیجے کی قسم، چند الفاظ میں

finding-phrase-no-lead = کوئی رہنما نہیں
finding-phrase-no-measure = نتیجے کا کوئی پیمانہ نہیں
finding-phrase-measure-not-countable = ایسا پیمانہ جو گنا نہیں جا سکتا
finding-phrase-no-timescale = کوئی تاریخ نہیں
finding-phrase-vague-timescale = صرف مبہم مدت
finding-phrase-milestone-undated = بغیر تاریخ کا سنگِ میل
finding-phrase-overdue = تاخیر شدہ
finding-phrase-status-without-evidence = بغیر ثبوت کی درجہ بندی
finding-phrase-complete-without-evidence = بغیر ثبوت کے مکمل

## ویب ایپ: ہر صفحے کا ڈھانچہ

site-name = بورو دیٹ کیئرز — مقامی ایکشن پلان
nav-label = مرکزی
nav-home = ہوم
nav-plans = منصوبے
nav-join = سیشن میں شامل ہوں
nav-help = مدد
nav-about = تعارف
language-label = زبان
skip-link = مرکزی مواد پر جائیں
page-loading = صفحہ لوڈ ہو رہا ہے…

## تعارف کا صفحہ

about-title = اس ٹول کٹ کے بارے میں
about-intro = بورو دیٹ کیئرز نگہداشت کرنے والوں، شراکت داروں اور کونسل کو مل کر ہر علاقے کے لیے منصوبہ لکھنے اور یہ دیکھنے میں مدد دیتا ہے کہ کیا کام ہو چکا ہے۔
about-languages-title = زبانیں
about-languages-intro = آپ یہ ٹول کٹ ان زبانوں میں استعمال کر سکتے ہیں۔ کسی بھی صفحے کے اوپر سے ایک زبان چنیں؛ یہ آلہ اسے یاد رکھتا ہے۔ لوگ جو کچھ لکھتے ہیں (منصوبے، اقدامات، بیانات) ہمیشہ ویسے ہی دکھایا جاتا ہے جیسے انہوں نے لکھا۔
about-language-checked = مترجم نے جانچ لیا ہے
about-language-draft = مسودہ ترجمہ — براہِ کرم اسے جانچنے میں مدد کریں
about-languages-help = کونسل صرف ایک فائل میں ترمیم کر کے کوئی زبان شامل یا درست کر سکتی ہے؛ پروجیکٹ کی README بتاتی ہے کہ کیسے۔

## فون پر سیشن میں شامل ہونا

join-title = سیشن میں شامل ہوں
join-code-label = شمولیت کا کوڈ
join-code-hint = بورڈ پر لکھے 6 حروف اور ہندسے۔
join-code-submit = شامل ہوں
join-code-empty = بورڈ پر دکھایا گیا شمولیت کا کوڈ لکھیں۔
join-code-zero-one = شمولیت کے کوڈ میں کبھی 0 یا 1 نہیں ہوتا: اس کے ہندسے 2 سے 9 تک ہیں۔ بورڈ پر کوڈ دوبارہ دیکھیں۔
join-code-i-o = شمولیت کے کوڈ میں کبھی I یا O حرف نہیں ہوتا۔ بورڈ پر کوڈ دوبارہ دیکھیں۔
join-code-other-character = شمولیت کے کوڈ میں صرف حروف اور 2 سے 9 تک کے ہندسے ہوتے ہیں، جیسے K7P2QX۔ بورڈ پر کوڈ دوبارہ دیکھیں۔
join-code-length = شمولیت کے کوڈ میں { $length } حروف اور ہندسے ہوتے ہیں؛ اس میں { $count } ہیں۔ بورڈ پر کوڈ دوبارہ دیکھیں۔
join-name-title = اپنے لیے ایک نام چنیں
join-name-code = کوڈ { $code } والے سیشن میں شامل ہو رہے ہیں۔
join-name-label = اس سیشن کے لیے آپ کا نام
join-name-hint = آپ کو اپنا اصل نام استعمال کرنے کی ضرورت نہیں۔
join-name-empty = استعمال کے لیے کوئی نام لکھیں۔ یہ فرضی بھی ہو سکتا ہے۔
join-name-submit = جاری رکھیں
join-change-code = کوڈ بدلیں

## جب سرور کچھ نہ کر سکے تو ایپ کیا کہتی ہے

server-unreachable = سرور تک نہیں پہنچ سکے۔ دیکھیں کہ آپ آن لائن ہیں اور دوبارہ کوشش کریں۔
server-no-such-session = اس کوڈ کا کوئی سیشن نہیں۔ بورڈ پر کوڈ دیکھیں اور دوبارہ کوشش کریں۔
server-sign-in-needed = اس سرور پر صرف سہولت کار سیشن شروع کر سکتے ہیں۔ نیچے سائن ان کریں، پھر دوبارہ کوشش کریں۔
server-session-finished = یہ سیشن ختم ہو چکا ہے، اس لیے اب اس میں شامل نہیں ہوا جا سکتا۔
server-unreadable = سرور کا جواب پڑھا نہیں جا سکا۔ دوبارہ کوشش کریں۔
server-too-many-tries = ابھی بہت زیادہ کوششیں ہو گئیں۔ ایک منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
server-refused = سرور نے اسے قبول نہیں کیا۔ صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
server-failed = سرور ابھی یہ نہیں کر سکا۔ تھوڑی دیر میں دوبارہ کوشش کریں۔
server-not-accepted = یہ قبول نہیں ہوا۔ جو لکھا ہے اسے دیکھیں اور دوبارہ کوشش کریں۔
session-votes-range = ہر شخص کے ووٹوں کی تعداد 1 سے 255 تک کا کوئی عدد ہونی چاہیے۔

## براہِ راست سیشن میں فون

live-connecting = رابطہ ہو رہا ہے…
live-connected = رابطہ ہو گیا
live-offline = آف لائن — آپ کے آن لائن آتے ہی تبدیلیاں بھیج دی جائیں گی
live-reconnecting = دوبارہ رابطہ ہو رہا ہے…
live-changes-waiting = { $link } — { $count ->
    [one] 1 تبدیلی ابھی نہیں بھیجی گئی
   *[other] { $count } تبدیلیاں ابھی نہیں بھیجی گئیں
}
live-device-ended = یہ آلہ اب اس سیشن میں حصہ نہیں لے سکتا۔
live-board-cannot-change = بورڈ صرف سیشن دکھاتا ہے؛ اسے بدل نہیں سکتا۔
live-still-loading = سیشن ابھی لوڈ ہو رہا ہے۔ تھوڑی دیر میں دوبارہ کوشش کریں۔
live-closed-on-page = یہ سیشن اس صفحے پر بند ہے۔ صفحہ دوبارہ لوڈ کریں۔
notice-erased = آپ کی درخواست پر آپ کو اس سیشن سے ہٹا دیا گیا ہے، اس لیے اس آلے سے مزید کچھ نہیں بھیجا جاتا۔
notice-statement-too-late = “{ $text }” نہیں بھیجا گیا: یہ سیشن کے آگے بڑھ جانے کے بعد پہنچا۔
notice-vote-too-late = آپ کا ووٹ شمار نہیں ہوا: یہ سیشن کے آگے بڑھ جانے کے بعد پہنچا۔
notice-change-too-late = ایک تبدیلی محفوظ نہیں ہوئی: یہ سیشن کے آگے بڑھ جانے کے بعد پہنچی۔
notice-change-not-kept = ایک تبدیلی محفوظ نہیں ہوئی: { $reason }
notice-statement-not-sent = “{ $text }” نہیں بھیجا گیا: { $reason }
notice-out-of-step = یہ صفحہ سیشن سے ہم آہنگ نہیں ({ $detail })۔ جو محفوظ ہوا وہ دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں۔
phone-session-title = آپ کا سیشن
phone-session-ended-help = اگر آپ کے خیال میں یہ غلط ہے تو سہولت کار سے پوچھیں، یا کوڈ کے ساتھ دوبارہ شامل ہوں۔
phone-session-connecting = سیشن سے رابطہ ہو رہا ہے…
phone-session-leave = یہ سیشن چھوڑیں
consent-title = شروع کرنے سے پہلے
consent-what-we-keep = ہم آپ کا استعمال کردہ نام، آپ کی تحریر اور آپ کے ووٹ محفوظ رکھتے ہیں۔ اگر آپ چاہیں تو یہ بھی کہ دیکھ بھال کے کون سے کردار آپ پر لاگو ہوتے ہیں۔
consent-who-sees = آپ کی تحریر کمرے کے لیے بورڈ پر آپ کے نام کے بغیر دکھائی جاتی ہے۔ سہولت کار آپ کا استعمال کردہ نام دیکھتا ہے۔
consent-summary = سیشن کا خلاصہ گنتا ہے کہ کتنے لوگوں نے حصہ لیا اور ان کے کردار کیا تھے۔ یہ کبھی کسی کا نام نہیں لیتا۔
consent-remove = آپ سیشن کے دوران یا بعد میں کسی بھی وقت سہولت کار سے اپنے الفاظ ہٹانے کو کہہ سکتے ہیں۔
consent-agree = میں متفق ہوں
about-you-title = آپ کے بارے میں
about-you-optional = یہ سوالات اختیاری ہیں۔ چاہیں تو انہیں خالی چھوڑ دیں۔
about-you-roles = ان میں سے کون سے آپ پر لاگو ہوتے ہیں؟
about-you-young-carer = کیا آپ کم عمر نگہداشت کرنے والے ہیں؟
about-you-submit = جاری رکھیں
answer-yes = ہاں
answer-no = نہیں
answer-rather-not-say = میں نہیں بتانا چاہوں گا

## نگہداشت کرنے والوں کے کردار، چند الفاظ میں

carer-role-parent-carer = والدین بطور نگہداشت کرنے والے
carer-role-mental-health-carer = ذہنی صحت کے مسائل والے فرد کی دیکھ بھال
carer-role-long-distance-carer = دور رہ کر دیکھ بھال
carer-role-spouse-or-partner-carer = شریکِ حیات یا ساتھی کی دیکھ بھال
carer-role-dementia-carer = ڈیمنشیا والے فرد کی دیکھ بھال
carer-role-dual-carer = دہرا نگہداشتی کردار
carer-role-parent-carer-of-adult = بالغ بیٹے یا بیٹی کی دیکھ بھال کرنے والے والدین
carer-role-young-carer = کم عمر نگہداشت کرنے والا
carer-role-young-adult-carer = نوجوان بالغ نگہداشت کرنے والا
carer-role-working-carer = ملازمت کے ساتھ نگہداشت کرنے والا
carer-role-former-carer = سابق نگہداشت کرنے والا
phone-finished = یہ سیشن ختم ہو گیا ہے۔ حصہ لینے کا شکریہ۔
phone-waiting = سہولت کار کا انتظار ہے…
phone-share-label = مجھے ضرورت ہے…
phone-share-hint = ایک وقت میں ایک بات۔ آپ جتنی چاہیں بھیج سکتے ہیں۔
phone-share-send = بھیجیں
phone-share-empty = اپنی ضرورت لکھیں، پھر بھیجیں دبائیں۔
phone-sending = بھیجا جا رہا ہے…
phone-not-sent-offline = ابھی نہیں بھیجا گیا — آپ کے آن لائن آتے ہی بھیج دیا جائے گا
phone-sent = بھیج دیا گیا
phone-not-sent = ابھی نہیں بھیجا گیا
phone-shared-title = آپ نے کیا شیئر کیا
phone-vote-intro = اپنے نقطے ان موضوعات پر لگائیں جو آپ کے لیے سب سے اہم ہیں۔ آپ ایک موضوع پر ایک سے زیادہ نقطے لگا سکتے ہیں۔
phone-votes-left = باقی ووٹ: { $count }
phone-vote-add = { $theme } پر ایک نقطہ لگائیں
phone-vote-take-back = { $theme } سے ایک نقطہ واپس لیں
phone-theme-meta = { $statements ->
    [one] 1 بیان
   *[other] { $statements } بیانات
} · { $dots ->
    [0] آپ کا کوئی نقطہ نہیں
    [one] آپ کا 1 نقطہ
   *[other] آپ کے { $dots } نقطے
}
phone-ranking-title = کمرے نے کیا چنا
ranking-line = { $rank }{ $tied ->
    [yes] {" "}(برابر)
   *[no] {""}
}: { $theme } — { $votes ->
    [one] 1 نقطہ
   *[other] { $votes } نقطے
}

## مشترکہ تیاری کے سیشن کے مراحل

phase-share = اپنی ضرورت بتائیں
phase-group = موضوعات میں گروپ کریں
phase-prioritise = سب سے اہم بات کے لیے ووٹ دیں
phase-plan = اقدامات کی منصوبہ بندی کریں
phase-closed = ختم
step-share = شیئر
step-group = گروپ
step-prioritise = ترجیح
step-plan = منصوبہ
step-closed = ختم

## ہوم

home-title = آپ کے ایکشن پلان
home-join-title = سیشن میں ہیں؟
home-join-intro = اگر سہولت کار نے آپ کو شمولیت کا کوڈ دیا ہے تو اسے یہاں لکھیں:
home-plans-title = اس آلے پر منصوبے
home-start-title = نیا منصوبہ شروع کریں
home-open-title = فائل سے منصوبہ کھولیں
home-open-intro = اگر کسی نے آپ کو منصوبہ بھیجا ہے، یا آپ نے اس کی نقل ڈاؤن لوڈ کی ہے، تو اسے یہاں کھولیں۔
home-borough-title = بورو کا پروگرام چلا رہے ہیں؟
home-borough-intro = علاقوں کے منصوبے ایک ساتھ، نیٹ ورک اور کیئرر ایمپاورمنٹ پلان دیکھیں۔
home-borough-example = مثالی بورو آزمائیں
home-borough-new = بورو پروگرام شروع کریں
home-focus-title = ہمارے توجہ کے شعبے
home-focus-intro = ہر مقامی منصوبہ بورو کے توجہ کے تین شعبوں کی طرف کام کرتا ہے۔
not-found-title = صفحہ نہیں ملا
not-found-text = ہمیں وہ صفحہ نہیں ملا۔ ہو سکتا ہے وہ منتقل ہو گیا ہو۔
not-found-home = ہوم صفحے پر جائیں

## سیشن کا بورڈ، بڑی اسکرین پر

board-title = سیشن کا بورڈ
board-count = { $statements ->
    [one] 1 بیان
   *[other] { $statements } بیانات
}{ $themes ->
    [0] {""}
    [one] ، 1 موضوع
   *[other] ، { $themes } موضوعات
}{ $revealed ->
    [yes] ۔ ووٹ دکھا دیے گئے ہیں۔
   *[no] {""}
}
board-now = اب: { $phase }
board-code = شمولیت کا کوڈ:
board-qr = QR کوڈ جو { $address } کھولتا ہے
board-join-how = { $address } پر جائیں اور کوڈ لکھیں، یا QR کوڈ اسکین کریں۔
board-themes = موضوعات
board-themes-by-votes = موضوعات، ووٹوں کے لحاظ سے
board-voting-open = ووٹنگ جاری ہے۔ سہولت کار کے دکھانے تک ووٹ چھپے رہتے ہیں۔
board-place = درجہ { $rank }{ $tied ->
    [yes] {" "}(برابر)
   *[no] {""}
} — { $votes ->
    [one] 1 نقطہ
   *[other] { $votes } نقطے
}
board-what-people-need = لوگوں کو کیا چاہیے
board-not-in-theme = ابھی کسی موضوع میں نہیں
board-waiting = لوگ جیسے جیسے بیانات بھیجیں گے وہ یہاں نظر آئیں گے۔
board-no-key-title = یہ بورڈ یہاں نہیں دکھایا جا سکتا
board-no-key-text = اس آلے کے پاس اس سیشن کے بورڈ کی کلید نہیں ہے۔ سہولت کار کی اسکرین پر “بورڈ کھولیں” استعمال کریں، یا سہولت کار کا شیئر کیا ہوا بورڈ کا لنک کھولیں۔

## منصوبے کے اقدامات

status-not-started = شروع نہیں ہوا
status-red = سرخ
status-amber = زرد
status-green = سبز
status-complete = مکمل
status-red-meaning = سرخ – راستے سے ہٹا ہوا، مدد درکار ہے
status-amber-meaning = زرد – کچھ پیش رفت، کچھ خدشات
status-green-meaning = سبز – درست راستے پر
status-complete-meaning = مکمل – ہو گیا
card-things-to-add = { $count ->
    [one] شامل کرنے کے لیے 1 چیز
   *[other] شامل کرنے کے لیے { $count } چیزیں
}
card-lead = رہنما: { $lead }
card-no-lead = ابھی کوئی رہنما نہیں
card-due = آخری تاریخ { $due }
card-overdue = تاخیر شدہ
area-unlinked = کسی توجہ کے شعبے سے منسلک نہیں
area-add-action = شعبہ { $area } میں اقدام شامل کریں
area-show-more = مزید { $count ->
    [one] 1 اقدام
   *[other] { $count } اقدامات
} دکھائیں
area-no-match = یہاں کوئی اقدام ان فلٹرز سے مطابقت نہیں رکھتا۔
area-showing = آپ اس شعبے میں مطابقت رکھنے والے { $matching } میں سے { $shown } اقدامات دیکھ سکتے ہیں۔
area-key-objective = بنیادی مقصد:
remove-ask = { $what ->
    [pack] یہ پیک ہٹائیں
   *[action] یہ اقدام ہٹائیں
}
remove-confirm = { $what ->
    [pack] یہ پیک ہٹائیں؟ اسے واپس نہیں کیا جا سکتا۔
   *[action] یہ اقدام ہٹائیں؟ اسے واپس نہیں کیا جا سکتا۔
}
remove-yes = ہاں، ہٹا دیں
remove-keep = رہنے دیں
plan-actions-showing = { $total } میں سے { $shown } اقدامات دکھائے جا رہے ہیں
plan-actions-empty = ابھی کوئی اقدام نہیں۔ پہلا اقدام شامل کریں۔
edit-not-saved = یہ محفوظ نہیں ہو سکا: { $reason }۔
plan-missing = یہ منصوبہ اس آلے پر کھلا نہیں ہے۔
plan-missing-home = اپنے منصوبوں پر جائیں
not-in-plan = ہمیں { $what } نہیں ملا۔ ہو سکتا ہے اسے ہٹا دیا گیا ہو۔
milestone-legend = سنگِ میل { $number }
milestone-label = سنگِ میل
milestone-date-label = سنگِ میل کی تاریخ
milestone-remove = سنگِ میل ہٹائیں
milestone-add = سنگِ میل شامل کریں
milestones-title = سنگِ میل
milestones-empty = ابھی کوئی سنگِ میل نہیں۔ سنگِ میل راستے کے مراحل ہیں، اگر معلوم ہو تو تاریخ کے ساتھ۔
history-date-unknown = تاریخ معلوم نہیں
history-rating-note = { $day } — { $status }: { $note }
history-rating = { $day } — { $status }
history-evidence = { $day } — ثبوت: { $note }
history-title = تاریخچہ
history-empty = ابھی کوئی درجہ بندی نہیں۔
smart-hints-title = اس اقدام کو ابھی کیا چاہیے
smart-hints-done = اس اقدام میں سب کچھ موجود ہے۔
rating-needs-what = پیش رفت کی درجہ بندی سے پہلے بتائیں کہ کیا ہو گا۔
rating-choose = چنیں کہ کام کیسا چل رہا ہے۔
rating-date-missing = اس درجہ بندی کی تاریخ لکھیں۔
rating-link-wrong = لنک http:// یا https:// سے شروع ہوتا ہے۔ اسے دیکھیں، یا خالی چھوڑ دیں۔
rating-link-needs-note = بتائیں کہ لنک کیا دکھاتا ہے۔
rating-saved = درجہ بندی محفوظ ہو گئی: { $status }۔
rating-title = کام کیسا چل رہا ہے؟
rating-date-label = اس درجہ بندی کی تاریخ
rating-note-label = اس کا ثبوت کیا ہے؟
rating-note-hint = مثال کے طور پر: پہلی میٹنگ میں 42 نگہداشت کرنے والے آئے۔
rating-link-label = لنک (اختیاری)
rating-link-hint = ایک ویب پتہ جو اسے دکھائے، https:// سے شروع ہو
rating-save = درجہ بندی محفوظ کریں
draft-say-what = بتائیں کہ کیا ہو گا۔
editor-missing-plan = اس فائل میں کوئی ایکشن پلان
editor-missing-action = یہ اقدام
editor-back = منصوبے پر واپس
editor-area-none = منسلک نہیں
editor-title-edit = اقدام میں ترمیم کریں
editor-title-new = نیا اقدام
editor-what = کیا ہو گا؟
editor-measure = ہمیں کیسے معلوم ہو گا کہ یہ کامیاب رہا؟
editor-measure-hint = بتائیں کہ کیا گنا جائے گا، ممکن ہو تو کسی عدد یا ہدف کے ساتھ۔
editor-lead-person = اس کی قیادت کون کرے گا؟ (ایک فرد)
editor-lead-organisation = رہنما ادارہ
editor-due = کب تک؟
editor-area = توجہ کا شعبہ
editor-reference = حوالہ (اختیاری)
editor-reference-hint = وہ نمبر جو آپ کا گروپ اس اقدام کے لیے استعمال کرتا ہے، جیسے 2.4۔

## منصوبے کا جائزہ

overview-title = جائزہ
overview-no-plan = اس دستاویز میں ابھی کوئی ایکشن پلان نہیں۔
overview-intro = اس منصوبے میں { $count ->
    [one] 1 اقدام
   *[other] { $count } اقدامات
}، بتاریخ { $as_of }۔
overview-total = کل
overview-overdue = تاخیر شدہ
overview-which = { $count ->
    [one] کون سا اقدام
   *[other] کون سے اقدامات
}
overview-chart-part = { $count } { $status ->
    [not-started] شروع نہیں ہوا
    [red] سرخ
    [amber] زرد
    [green] سبز
   *[complete] مکمل
}
overview-chart-bar = { $area }: { $parts }
overview-chart-title = توجہ کے شعبے کے لحاظ سے پیش رفت
overview-chart-key = کلید
overview-by-area-caption = توجہ کے شعبے اور حالت کے لحاظ سے اقدامات
overview-by-area-first = توجہ کا شعبہ
overview-nothing-overdue = کچھ بھی تاخیر میں نہیں۔
overview-due = {" "}— آخری تاریخ { $due }
overview-missing = ابھی کیا کمی ہے
overview-nothing-missing = ہر اقدام میں سب کچھ موجود ہے۔
overview-actions = { $count ->
    [one] 1 اقدام
   *[other] { $count } اقدامات
}
overview-by-lead = رہنما کے لحاظ سے اقدامات
overview-by-lead-caption = رہنما اور حالت کے لحاظ سے اقدامات
overview-by-lead-first = رہنما

## منصوبہ پرنٹ کرنا

print-a4 = یہ صفحہ A4 کاغذ پر پرنٹ کرنے کے لیے ترتیب دیا گیا ہے۔
print-button = پرنٹ کریں
print-no-actions = ابھی کوئی اقدام نہیں۔
print-table-name = اقدامات: { $area }
print-area-empty = اس شعبے میں ابھی کوئی اقدام نہیں۔
print-col-ref = حوالہ
print-col-what = کیا ہو گا
print-col-measure = پیمانہ
print-col-lead = رہنما
print-col-by-when = کب تک
print-col-status = حالت
print-col-evidence = ثبوت
print-printed = پرنٹ شدہ { $date }
print-printed-in = { $place } · پرنٹ شدہ { $date }

## اس آلے پر محفوظ کرنا، اور فائلیں (ہر ایک جملے کا حصہ)

file-too-large = یہ { $size } کی ہے، جو منصوبے کی فائل کی حد { $limit } سے بڑی ہے
file-unreadable = یہ براؤزر اسے پڑھ نہیں سکا؛ اسے دوبارہ چن کر دیکھیں
file-cannot-make = یہ براؤزر فائل نہیں بنا سکا
save-no-space = اس آلے پر محفوظ کرنے کی جگہ ختم ہو گئی ہے
save-newer-version = اس ایپ کے نئے ورژن نے یہاں محفوظ کیا ہے؛ صفحہ دوبارہ لوڈ کریں
save-stopped = محفوظ کرنا مکمل ہونے سے پہلے رک گیا
save-not-allowed = اس براؤزر نے ایپ کو یہاں محفوظ کرنے نہیں دیا (نجی براؤزنگ میں ایسا ہو سکتا ہے)
save-failed = یہ براؤزر محفوظ نہیں کر سکا
save-failed-because = یہ براؤزر محفوظ نہیں کر سکا ({ $error })
save-unavailable = یہ براؤزر منصوبے محفوظ نہیں کر سکتا (نجی براؤزنگ میں ایسا ہو سکتا ہے)
save-older-tab = کسی اور ٹیب میں اس ایپ کا پرانا ورژن کھلا ہے؛ اسے بند کریں، پھر دوبارہ لوڈ کریں
save-change-not-written = یہ تبدیلی لکھی نہیں جا سکی
save-copy-unreadable = اس آلے پر اس منصوبے کی نقل پڑھی نہیں جا سکی: { $detail }
save-other-tab-refused = دوسرے ٹیب کی تبدیلیاں شامل نہیں ہو سکیں ({ $detail })؛ کچھ بدلنے سے پہلے یہ صفحہ دوبارہ لوڈ کریں
save-plan-closed = یہ منصوبہ اب یہاں کھلا نہیں ہے
import-untitled = درآمد شدہ ایکشن پلان
focus-area-number = توجہ کا شعبہ { $number }:
## The borough programme: words the core gives as names (cares-core's labels).

programme-rating-not-yet = ابھی نہیں
programme-rating-partly = جزوی طور پر
programme-rating-mostly = زیادہ تر
programme-rating-fully = مکمل طور پر
programme-marker-meeting-places = نگہداشت کرنے والوں کے لیے ملاقات کی جگہیں
programme-marker-activities-and-events = سرگرمیاں اور تقریبات
programme-marker-newsletter-reach = نیوز لیٹر کی رسائی
programme-marker-information-pack-requests = معلوماتی پیک کی درخواستیں
programme-marker-health-and-wellbeing-checks = صحت اور بہبود کی جانچ اور مدد
programme-marker-network-meetings-held = نگہداشت کرنے والوں کے نیٹ ورک کی منعقدہ میٹنگیں
programme-marker-network-meeting-attendance = نیٹ ورک میٹنگوں میں حاضری
programme-marker-coproduction-involvement = مشترکہ تیاری میں شمولیت
programme-marker-online-activity = آن لائن سرگرمی
programme-marker-carer-rep-activity = اسٹریٹجک میٹنگوں میں نمائندوں کی سرگرمی
programme-unit-meeting-places = ملاقات کی جگہیں
programme-unit-activities-and-events = سرگرمیاں اور تقریبات
programme-unit-newsletter-reach = قارئین
programme-unit-information-pack-requests = درخواستیں
programme-unit-health-and-wellbeing-checks = جانچ اور مداخلتیں
programme-unit-network-meetings-held = میٹنگیں
programme-unit-network-meeting-attendance = حاضریاں
programme-unit-coproduction-involvement = شریک افراد
programme-unit-online-activity = وزٹ اور رابطے
programme-unit-carer-rep-activity = نمائندے کے ساتھ اسٹریٹجک میٹنگیں
programme-organisation-statutory = کونسل یا سرکاری ادارہ
programme-organisation-health = صحت (NHS)
programme-organisation-voluntary = رضاکار شعبہ
programme-organisation-community = کمیونٹی گروپ
programme-empowerment-no-carer-voice = ایک اہم میٹنگ جس میں نگہداشت کرنے والوں کی آواز نہیں
programme-empowerment-rep-over-committed = ایک نمائندہ جسے بہت زیادہ میٹنگوں کا کہا گیا
programme-empowerment-young-carer-in-school-hours = ایک نوجوان نمائندہ جس سے اسکول کے اوقات میں آنے کی توقع ہے
programme-empowerment-unknown-rep = کوئی ایسا شخص شامل کیا گیا جو نمائندہ نہیں
programme-empowerment-unknown-meeting = ایک میٹنگ جو نیٹ ورک میں نہیں
programme-financial-year = { $year }
programme-quarter = { $year } سہ ماہی { $number }
programme-quarter-months = { $quarter } ({ $number ->
    [1] اپریل تا جون
    [2] جولائی تا ستمبر
    [3] اکتوبر تا دسمبر
   *[4] جنوری تا مارچ
} { $year })
programme-date-short = { $weekday ->
    [1] پیر
    [2] منگل
    [3] بدھ
    [4] جمعرات
    [5] جمعہ
    [6] ہفتہ
   *[7] اتوار
} { $day } { $month ->
    [1] جنوری
    [2] فروری
    [3] مارچ
    [4] اپریل
    [5] مئی
    [6] جون
    [7] جولائی
    [8] اگست
    [9] ستمبر
    [10] اکتوبر
    [11] نومبر
   *[12] دسمبر
} { $year }
programme-meeting-label = { $title } ({ $day })
programme-change = { $direction ->
    [up] پچھلی سہ ماہی سے { $size } زیادہ{ $percent ->
        [none] {" "}(پہلے کوئی نہیں تھا)
       *[other] {" "}({ $percent }%)
    }
    [down] پچھلی سہ ماہی سے { $size } کم{ $percent ->
        [none] {" "}(پہلے کوئی نہیں تھا)
       *[other] {" "}({ $percent }%)
    }
   *[none] پچھلی سہ ماہی سے کوئی تبدیلی نہیں
}
programme-group-total = کل
programme-group-no-area = کوئی توجہ کا شعبہ نہیں
programme-group-no-organisation = کسی ادارے کا نام نہیں
programme-group-borough-wide = پورے بورو میں
programme-group-area = توجہ کا شعبہ { $number }
programme-group-no-lead = کوئی رہنما نہیں
programme-group-no-section = کوئی حصہ نہیں

## The borough programme: its navigation and pages.

programme-nav-label = پروگرام
programme-nav-glance = ایک نظر میں
programme-nav-network = نیٹ ورک
programme-nav-empowerment = بااختیار بنانے کا منصوبہ
programme-nav-progress = پیش رفت کے نشانات
programme-nav-assessment = خود جائزہ
programme-nav-highlight = نمایاں رپورٹ
programme-start-title = بورو پروگرام شروع کریں
programme-start-intro = بورو پروگرام علاقوں کے ایکشن پلان کو نیٹ ورک، نگہداشت کرنے والوں کو بااختیار بنانے کے منصوبے، پیش رفت کے نشانات اور خود جائزوں کے ساتھ یکجا کرتا ہے۔ اس کے بعد آپ علاقوں کے منصوبے شامل کرتے ہیں۔
programme-start-name = پروگرام کا نام
programme-start-name-hint = مثال کے طور پر، The Borough That Cares 2024-25۔
programme-start-too-long = یہ نام بہت لمبا ہے۔ { $limit } سے کم حروف استعمال کریں۔
programme-start-no-name = پروگرام کا نام درج کریں۔
programme-start-not-saved = پروگرام محفوظ نہیں ہو سکا: { $reason }۔ کچھ نہیں بنایا گیا۔
programme-start-button = پروگرام شروع کریں
programme-start-look-first = پہلے دیکھنا چاہتے ہیں؟
programme-example-title = مثالی بورو
programme-example-opening = مثالی بورو کھل رہا ہے…
programme-example-failed = مثالی بورو نہیں کھل سکا: { $reason }۔ اس ڈیوائس پر کچھ نہیں بدلا۔
programme-example-home = اپنے منصوبوں پر جائیں
programme-column-actions = اقدامات
programme-column-smart = SMART
programme-column-overdue = تاخیر شدہ
programme-column-locality = علاقہ
programme-column-area = توجہ کا شعبہ
programme-column-organisation = ادارہ
programme-borough-title = بورو ایک نظر میں
programme-borough-empty = اس بورو میں ابھی کوئی علاقائی منصوبہ نہیں۔ انہیں نیچے فائلوں سے یا آپ کے ساتھ شیئر کیے گئے منصوبوں سے شامل کریں۔
programme-borough-summary = { $plans ->
    [one] 1 علاقائی منصوبہ
   *[other] { $plans } علاقائی منصوبے
} اور { $actions ->
    [one] 1 اقدام
   *[other] { $actions } اقدامات
}، { $day } تک۔ کوئی اقدام SMART ہے جب اس میں ایک رہنما، گنا جا سکنے والا پیمانہ اور ایک تاریخ ہو۔
programme-borough-by-locality = علاقے کے لحاظ سے
programme-borough-by-locality-caption = علاقے اور صورتحال کے لحاظ سے اقدامات
programme-borough-by-area = توجہ کے شعبے کے لحاظ سے
programme-borough-by-area-caption = ہر علاقے میں توجہ کے شعبے کے لحاظ سے اقدامات
programme-borough-findings = جائزے میں سب سے زیادہ کیا ملتا ہے
programme-borough-no-findings = ہر منصوبے کے ہر اقدام میں وہ سب ہے جس کی اسے ضرورت ہے۔
programme-borough-finding = { $finding }: { $count ->
    [one] 1 اقدام
   *[other] { $count } اقدامات
}
programme-borough-finding-count = { $finding } ({ $count })
programme-borough-each-locality = ہر علاقہ توجہ کے شعبے کے لحاظ سے
programme-borough-top-findings = { $locality } میں سب سے زیادہ ملا: { $findings }۔
programme-borough-locality-caption = { $plan } توجہ کے شعبے کے لحاظ سے
programme-borough-by-organisation = ادارے کے لحاظ سے رہنما
programme-borough-organisations-intro = ایک ہی ادارے کے مختلف طریقوں سے لکھے گئے نام ایک ساتھ گنے جاتے ہیں۔ جن اداروں کے ناموں کا کوئی حصہ مشترک ہو، جیسے مشترکہ رہنما، انہیں متعلقہ دکھایا جاتا ہے۔
programme-borough-by-organisation-caption = رہنما ادارے اور صورتحال کے لحاظ سے اقدامات
programme-borough-also-written = یوں بھی لکھا گیا: { $names }۔
programme-borough-related = متعلقہ: { $names }۔
programme-add-no-plan = اس میں کوئی ایکشن پلان نہیں، اس لیے کچھ شامل نہیں کیا گیا۔
programme-add-added = “{ $title }” شامل کر دیا گیا۔
programme-add-already-there = “{ $title }” پہلے سے اس بورو میں ہے، اس لیے اسے ویسے ہی رہنے دیا گیا۔ نئی کاپی لانے کے لیے پہلے اسے ہٹائیں۔
programme-add-refused = “{ $title }”: { $problem }
programme-add-unreachable = سرور تک رسائی نہیں ہو سکی۔ دیکھیں کہ آپ آن لائن ہیں اور دوبارہ کوشش کریں۔
programme-add-wrong-key = یہ کلید اس شیئر شدہ منصوبے کو نہیں کھولتی۔ کلید چیک کریں اور دوبارہ کوشش کریں۔
programme-add-no-such-plan = اس سرور پر اس شناخت کا کوئی شیئر شدہ منصوبہ نہیں۔ شناخت چیک کریں اور دوبارہ کوشش کریں۔
programme-add-server-failed = سرور ابھی یہ منصوبہ نہیں بھیج سکا۔ تھوڑی دیر میں دوبارہ کوشش کریں۔
programme-add-unreadable = شیئر شدہ منصوبہ پڑھا نہیں جا سکا: { $problem }۔
programme-add-enter-id = شیئر شدہ منصوبے کی شناخت ویسے ہی درج کریں جیسے آپ کو دی گئی، جیسے 6f1c…
programme-add-enter-key = وہ شیئرنگ کلید درج کریں جو منصوبے کی شناخت کے ساتھ آئی۔
programme-add-title = علاقائی منصوبے شامل کریں
programme-add-intro = بورو ہر منصوبے کی ایک کاپی رکھتا ہے۔ نئی کاپی لانے کے لیے نیچے سے منصوبہ ہٹائیں اور دوبارہ شامل کریں۔
programme-add-file = فائل سے منصوبہ شامل کریں
programme-add-unchanged = اس بورو میں کچھ نہیں بدلا۔
programme-add-shared-title = سرور کے ذریعے شیئر کیا گیا منصوبہ
programme-add-shared-id = شیئر شدہ منصوبے کی شناخت
programme-add-shared-key = شیئرنگ کلید
programme-add-shared-button = شیئر شدہ منصوبہ شامل کریں
programme-plans-title = اس بورو کے منصوبے
programme-plans-remove = { $title } کو بورو سے ہٹائیں
programme-remove = ہٹائیں
programme-form-ends-before-start = میٹنگ شروع ہونے کے بعد ختم ہونی چاہیے
programme-form-not-saved = یہ محفوظ نہیں ہو سکا: { $problem }۔
programme-form-save = محفوظ کریں
programme-form-cancel = منسوخ کریں
programme-network-add-organisation = ادارہ شامل کریں
programme-network-add-locality = علاقہ شامل کریں
programme-network-add-group = گروپ شامل کریں
programme-network-add-member = رکن شامل کریں
programme-network-add-meeting = میٹنگ شامل کریں
programme-network-change = { $name } میں تبدیلی کریں
programme-organisation-name = پورا نام
programme-organisation-short = مختصر نام جو لوگ استعمال کرتے ہیں (اختیاری)
programme-organisation-kind = ادارے کی قسم
programme-locality-name = علاقے کا نام
programme-group-needs-hub = علاقائی نیٹ ورک گروپ کو ایک علاقے اور ایک اسٹریٹجک گروپ کی ضرورت ہے جسے وہ رپورٹ کرے۔ پہلے وہ شامل کریں۔
programme-group-strategic = اسٹریٹجک گروپ (مرکز)
programme-group-locality = علاقائی نیٹ ورک گروپ
programme-group-name = گروپ کا نام
programme-group-kind = گروپ کی قسم
programme-group-serves = وہ علاقہ جس کی یہ خدمت کرتا ہے
programme-group-reports-into = رپورٹ کرتا ہے
programme-member-no-organisation = کوئی نہیں (مثلاً، نگہداشت کرنے والا)
programme-member-not-said = نہیں بتایا
programme-member-yes = ہاں
programme-member-no = نہیں
programme-member-name = دوسروں کو دکھایا جانے والا نام (نگہداشت کرنے والا کوئی اور نام چن سکتا ہے)
programme-member-rep = نگہداشت کرنے والوں کا نمائندہ (رہنما)، جو میٹنگوں میں ان کی آواز لاتا ہے
programme-member-young = نوجوان نگہداشت کرنے والا؟
programme-member-groups = گروپ
programme-meeting-needs-group = میٹنگ کسی گروپ کی طرف سے ہوتی ہے۔ پہلے ایک گروپ شامل کریں۔
programme-meeting-needs-day = میٹنگ کا دن درج کریں۔
programme-meeting-needs-times = میٹنگ شروع اور ختم ہونے کا وقت درج کریں، جیسے 10:00 اور 12:00۔
programme-meeting-needs-others = کتنے دوسرے لوگ آئے، پورے عدد میں درج کریں، یا 0۔
programme-meeting-title = میٹنگ کا نام
programme-meeting-group = میٹنگ کرنے والا گروپ
programme-meeting-day = دن
programme-meeting-starts = شروع ہونے کا وقت
programme-meeting-ends = ختم ہونے کا وقت
programme-meeting-place = کہاں
programme-meeting-key = ایک اہم اسٹریٹجک میٹنگ، جہاں نگہداشت کرنے والوں کی آواز سنی جانی چاہیے
programme-meeting-came = آنے والے اراکین
programme-meeting-others = کتنے دوسرے لوگ آئے (اراکین کے علاوہ)
programme-network-intro = اسٹریٹجک گروپ مرکز ہے؛ ہر علاقے کا نیٹ ورک گروپ اسے رپورٹ کرتا ہے۔ یہاں کی تبدیلیاں منصوبے کی طرح اس ڈیوائس پر محفوظ ہوتی ہیں۔
programme-network-remove = { $name } کو ہٹائیں
programme-network-change-button = تبدیلی کریں
programme-network-no-groups = ابھی کوئی گروپ نہیں۔ اسٹریٹجک گروپ سے شروع کریں۔
programme-network-hub = اسٹریٹجک گروپ (مرکز)، { $members ->
    [one] 1 رکن
   *[other] { $members } اراکین
}۔
programme-network-spoke = { $place } کے لیے علاقائی نیٹ ورک گروپ، { $hub } کو رپورٹ کرتا ہے؛ { $members ->
    [one] 1 رکن
   *[other] { $members } اراکین
}۔
programme-network-organisations = ادارے
programme-network-localities = علاقے
programme-network-members = اراکین اور نمائندے
programme-network-meetings = میٹنگیں
programme-member-facts = { $rep ->
    [yes] نمائندہ۔{" "}
    [young] نمائندہ، نوجوان نگہداشت کرنے والا۔{" "}
   *[no] {""}
}{ $has_organisation ->
    [yes] { $organisation }۔{" "}
   *[no] {""}
}{ $has_groups ->
    [yes] { $groups } میں۔
   *[no] ابھی کسی گروپ میں نہیں۔
}
programme-meeting-when = { $day }، { $start } تا { $end }، { $place }۔
programme-meeting-held-by = { $group }۔{ $key ->
    [yes] {" "}ایک اہم اسٹریٹجک میٹنگ۔
   *[no] {""}
}
programme-meeting-no-attendance = ابھی کوئی حاضری درج نہیں۔
programme-meeting-attendance = { $total } آئے: { $members ->
    [one] 1 رکن
   *[other] { $members } اراکین
}، ان میں سے { $reps ->
    [one] 1 نمائندہ
   *[other] { $reps } نمائندے
}، اور { $others ->
    [one] 1 دوسرا
   *[other] { $others } دوسرے
}۔
programme-empowerment-intro = اہم اسٹریٹجک میٹنگوں کے لیے نمائندے اور رہنما مقرر کیے گئے، تاکہ جہاں فیصلے ہوتے ہیں وہاں نگہداشت کرنے والوں کی آواز سنی جائے۔
programme-empowerment-from = اس سہ ماہی سے دیکھیں
programme-empowerment-no-key-meetings = { $quarter } کے بعد کوئی اہم اسٹریٹجک میٹنگ نہیں۔ پہلے کی سہ ماہی چنیں، یا نیٹ ورک کے صفحے پر کسی میٹنگ کو اہم نشان زد کریں۔
programme-empowerment-summary = { $quarter } سے، { $meetings ->
    [one] 1 اہم اسٹریٹجک میٹنگ
   *[other] { $meetings } اہم اسٹریٹجک میٹنگوں
} میں سے { $voiced } میں نگہداشت کرنے والوں کی آواز ہے۔ منصوبے میں { $reps ->
    [one] 1 نمائندہ
   *[other] { $reps } نمائندے
} ہیں۔
programme-empowerment-findings = کن باتوں پر توجہ کی ضرورت ہے
programme-empowerment-no-findings = کچھ نہیں: اس سہ ماہی سے ہر اہم میٹنگ کے لیے ایک ایسا نمائندہ ہے جو جا سکتا ہے۔
programme-empowerment-count = { $finding }: { $count }
programme-empowerment-who-goes = کون کس اہم میٹنگ میں جاتا ہے
programme-empowerment-tick = کسی نمائندے کو میٹنگ کے لیے مقرر کرنے کے لیے نشان لگائیں؛ ہٹانے کے لیے نشان ہٹائیں۔
programme-empowerment-no-reps = منصوبے میں ابھی کوئی نمائندہ نہیں۔ انہیں نیچے شامل کریں۔
programme-rep-young = { $name } (نوجوان نگہداشت کرنے والا)
programme-key-meeting = { $meeting }، { $start } تا { $end }
programme-empowerment-reps = منصوبے میں نمائندے
programme-rep-at-most = { $name }{ $young ->
    [yes] {" "}(نوجوان نگہداشت کرنے والا)
   *[no] {""}
}: ایک سہ ماہی میں زیادہ سے زیادہ { $count ->
    [one] 1 میٹنگ
   *[other] { $count } میٹنگیں
}۔
programme-empowerment-waiting = نیٹ ورک کے وہ نمائندے جو ابھی منصوبے میں نہیں:
programme-rep-add = { $name } کو منصوبے میں شامل کریں
programme-chart-quarter = س{ $number }
programme-chart-target = ہدف
programme-marker-table-caption = { $marker } ({ $unit }) علاقے اور سہ ماہی کے لحاظ سے
programme-column-change = پچھلی سہ ماہی سے تبدیلی
programme-borough-total = بورو کا کل
programme-no-answers = کوئی جواب نہیں
programme-counts-refused = { $file }: { $problem }۔ کچھ درآمد نہیں ہوا: اعداد و شمار ویسے ہی ہیں۔
programme-counts-line-refused = { $file }، سطر { $line }: { $problem }
programme-counts-unreadable = { $file } پڑھی نہیں جا سکی: { $problem }۔ کچھ درآمد نہیں ہوا۔
programme-counts-title = شراکت داروں کی گنتی شامل کریں
programme-counts-file = گنتی کی فائل (CSV)
programme-counts-hint = ایک CSV جس میں marker، locality، quarter اور count کے کالم ہوں: صرف گنتی، لوگوں کے نام کبھی نہیں۔ سہ ماہیاں یوں لکھیں: 2024-Q1 (Q1 اپریل تا جون ہے)۔ پورے بورو کی گنتی کے لیے علاقہ خالی چھوڑ دیں۔
programme-counts-reading = فائل پڑھی جا رہی ہے…
programme-counts-imported = { $file } سے { $count ->
    [one] 1 گنتی
   *[other] { $count } گنتیاں
} درآمد کی گئیں۔
programme-counts-changed = کیا بدلا
programme-counts-change = { $marker }، { $place }، { $quarter }: { $count } ({ $was ->
    [new] نیا
    [unchanged] کوئی تبدیلی نہیں
   *[was] پہلے { $before }
})
programme-target-not-number = ہدف پورے عدد میں لکھیں، جیسے 12۔
programme-target-set = ہدف مقرر: { $year } میں { $marker }، { $target }۔
programme-target-title = ہدف مقرر کریں
programme-target-marker = پیش رفت کا نشان
programme-target-year = مالی سال (اپریل تا مارچ)
programme-target-value = سال کا ہدف
programme-target-hint = پورے بورو کے لیے۔ ہر سہ ماہی نئے سرے سے کی گئی گنتی چارٹس پر سال کی چار سہ ماہیوں میں بانٹی جاتی ہے۔
programme-target-button = ہدف مقرر کریں
programme-progress-intro = شراکت داروں نے ہر مالی سہ ماہی میں علاقے کے لحاظ سے بورو کے اہداف کے مقابلے میں کیا گنا۔ Q1 اپریل تا جون ہے۔
programme-progress-empty = ابھی کوئی گنتی نہیں۔ اوپر شراکت داروں کی گنتی کی فائل شامل کریں۔
programme-column-lead-measure-date = رہنما، پیمانے اور تاریخ کے ساتھ
programme-column-session = سیشن
programme-column-date = تاریخ
programme-column-people = لوگ
programme-highlight-title = نمایاں رپورٹ: { $quarter }
programme-highlight-as-of = { $day } تک کے منصوبے، سہ ماہی کا آخری دن۔
programme-highlight-plans = منصوبوں کی پیش رفت
programme-highlight-by-locality = علاقے کے لحاظ سے اقدامات
programme-highlight-no-figures = اس سہ ماہی کے لیے ابھی پیش رفت کے اعداد و شمار نہیں۔
programme-highlight-empowerment = نگہداشت کرنے والوں کو بااختیار بنانے کا منصوبہ
programme-highlight-empowerment-fine = ہر اہم میٹنگ میں نگہداشت کرنے والوں کی آواز ہے، اور کسی نمائندے سے بہت زیادہ نہیں مانگا گیا۔
programme-highlight-sessions = مشترکہ تیاری کے سیشن
programme-highlight-sessions-held = { $sessions ->
    [one] 1 سیشن
   *[other] { $sessions } سیشن
} منعقد ہوئے، جن میں { $people ->
    [one] 1 شخص
   *[other] { $people } لوگ
} شریک ہوئے۔
programme-highlight-sessions-caption = اس سہ ماہی میں منعقدہ سیشن
programme-highlight-improvements = بہتری کے اہم اقدامات
programme-no-improvement-actions = ابھی کسی ادارے نے بہتری کا کوئی اقدام نہیں بتایا۔
programme-highlight-a4 = یہ رپورٹ A4 کاغذ پر پرنٹ کرنے کے لیے ترتیب دی گئی ہے۔
programme-highlight-quarter = سہ ماہی
programme-highlight-print = پرنٹ کریں
programme-position-none = ابھی کسی ادارے نے اپنا جائزہ نہیں لیا۔
programme-position-who = { $count ->
    [one] 1 ادارے
   *[other] { $count } اداروں
} کے خود جائزوں سے: { $organisations }۔
programme-position-strongest = سب سے مضبوط: { $themes }۔
programme-position-weakest = سب سے زیادہ کام کی ضرورت: { $themes }۔
programme-position-chart = “زیادہ تر” یا “مکمل طور پر” کہنے والے جوابات، موضوع کے لحاظ سے
programme-position-caption = معیار کے موضوع اور درجہ بندی کے لحاظ سے جوابات
programme-column-theme = موضوع
programme-column-mostly-or-fully = زیادہ تر یا مکمل طور پر
programme-position-improvements = بہتری کے اقدامات
programme-answer-choose = درجہ بندی چنیں، پھر بتائیں کہ اسے کیا ظاہر کرتا ہے۔
programme-answer-evidence = اسے کیا ظاہر کرتا ہے
programme-answer-action = بہتری کے لیے ہم کیا کریں گے
programme-assessment-not-started = { $organisation } (شروع نہیں ہوا)
programme-assessment-choose = ادارہ چنیں
programme-assessment-outstanding = { $count ->
    [0] ہر بیان کا جواب دیا جا چکا ہے، جہاں ضرورت ہو بہتری کے اقدام کے ساتھ۔
    [one] 1 بیان کا جواب یا بہتری کا اقدام ابھی باقی ہے۔
   *[other] { $count } بیانات کا جواب یا بہتری کا اقدام ابھی باقی ہے۔
}
programme-assessment-intro = ہر ادارہ معیار کے موضوعات کے بیانات کے مقابلے میں اپنی درجہ بندی کرتا ہے۔ پوزیشن اسٹیٹمنٹ ہر ادارے کے جوابات کو یکجا کرتی ہے۔
programme-position-title = پوزیشن اسٹیٹمنٹ
programme-assessment-form-title = کسی ادارے کا خود جائزہ
programme-target-reached = ہدف حاصل ہو گیا
programme-target-on-track = درست سمت میں
programme-target-behind = پیچھے
programme-target-none = کوئی ہدف مقرر نہیں
programme-marker-summary = { $marker }: { $recorded ->
    [yes] { $count } { $unit }
   *[no] اس سہ ماہی میں کچھ درج نہیں
}{ $changed ->
    [yes] ، { $change }
   *[no] {""}
}۔ { $target_kind ->
    [quarter] { $status }: اس سہ ماہی کا ہدف { $target }۔
    [year] { $status }: { $year } کا ہدف { $target }۔
   *[none] کوئی ہدف مقرر نہیں۔
}
## مشترکہ تیاری کے سیشن: فہرست اور "سیشن شروع کریں"

sessions-title = مشترکہ تیاری کے سیشن
sessions-intro = سیشن میں نگہداشت کرنے والے بتاتے ہیں کہ انہیں کیا چاہیے، اسے موضوعات میں گروپ کرتے ہیں اور سب سے اہم بات پر ووٹ دیتے ہیں۔ سرفہرست موضوعات اس منصوبے میں مسودہ اقدامات بن جاتے ہیں۔
sessions-none = ابھی کوئی سیشن نہیں۔
session-list-on-device = { $date } · اس آلے پر · { $step }
session-list-on-phones = { $date } · لوگوں کے فونوں پر
session-start-title = سیشن شروع کریں
session-field-title = عنوان
session-field-title-hint = مثال کے طور پر: Maltby میں نگہداشت کرنے والوں کو کیا چاہیے۔
session-field-date = تاریخ
session-field-area = توجہ کا شعبہ
session-area-not-chosen = منتخب نہیں کیا گیا
session-field-votes = ہر شخص کے ووٹ
session-field-way = لوگ کیسے حصہ لیں گے؟
session-way-this-device = اس آلے پر (آف لائن کام کرتا ہے)
session-way-phones = اپنے فونوں پر (انٹرنیٹ چاہیے)
session-starting = شروع ہو رہا ہے…
session-start = سیشن شروع کریں
session-day-missing = سیشن کا دن چنیں۔
session-votes-not-number = ووٹوں کی پوری تعداد لکھیں، جیسے 3۔

## مشترکہ تیاری کا سیشن، جیسے سہولت کار اسے چلاتا ہے

session-back = سیشنوں پر واپس جائیں
session-this = یہ سیشن
session-heading-loading = مشترکہ تیاری کا سیشن
session-on-device = اس آلے پر
session-on-phones = لوگوں کے فونوں پر
session-votes-each = ہر ایک کے ووٹ: { $votes }
session-loading = سیشن لوڈ ہو رہا ہے…
session-finished = یہ سیشن ختم ہو گیا ہے۔ آپ اب بھی اس کے موضوعات سے مسودہ اقدامات بنا سکتے ہیں۔
session-summary-link = سیشن کا خلاصہ

## سیشن کا خلاصہ

session-summary-title = سیشن کا خلاصہ
session-summary-back = سیشن پر واپس جائیں
session-summary-print = یہ خلاصہ پرنٹ کریں
session-summary-counted-room = سہولت کار نے کمرے میں لوگوں کو گنا؛ ان میں سے { $joined } شیئر کرنے یا ووٹ دینے کے لیے شامل ہوئے۔
session-summary-counted-joined = یہ وہ سب ہیں جو شیئر کرنے یا ووٹ دینے کے لیے شامل ہوئے۔ سہولت کار نے کمرے میں { $counted ->
    [one] 1 شخص
   *[other] { $counted } لوگ
} گنے۔
session-summary-not-counted = یہ وہ سب ہیں جو شیئر کرنے یا ووٹ دینے کے لیے شامل ہوئے۔ سہولت کار نے کمرے کو نہیں گنا۔
session-summary-file-name = { $title } بیانات
session-summary-file-failed = فائل نہیں بن سکی: { $reason }۔ دوبارہ کوشش کریں، یا کوئی اور براؤزر آزمائیں۔
session-summary-theme = موضوع:
session-summary-own-words = ان کے اپنے الفاظ میں، ناموں کے بغیر:
session-summary-download = لوگوں نے جو کہا وہ ڈاؤن لوڈ کریں (.csv)
session-summary-who = کس نے حصہ لیا
session-summary-took-part = { $count ->
    [one] 1 شخص نے حصہ لیا۔
   *[other] { $count } لوگوں نے حصہ لیا۔
}
session-summary-marker = یہ پیش رفت کے نشان “مشترکہ تیاری میں شمولیت” میں شمار ہوتا ہے: { $count } لوگ حصہ لے رہے ہیں۔
session-summary-described = { $count ->
    [one] 1 شخص نے اپنے بارے میں کچھ بتایا۔
   *[other] { $count } لوگوں نے اپنے بارے میں کچھ بتایا۔
}
session-summary-no-roles = نگہداشت کے کسی کردار کا نام نہیں لیا گیا۔
session-summary-roles = نگہداشت کے کردار جن کا نام لیا گیا
session-summary-role = { $role }: { $count }
session-summary-young-carers = کم عمر نگہداشت کرنے والے: { $count }
session-summary-said = لوگوں نے کیا کہا
session-summary-statements = { $count ->
    [one] 1 بیان
   *[other] { $count } بیانات
}۔
session-summary-themes = موضوعات
session-summary-ranked = ووٹوں کے لحاظ سے ترتیب۔ برابر ووٹوں والے موضوعات ایک ہی درجہ رکھتے ہیں۔
session-summary-place = درجہ { $rank }{ $tied ->
    [yes] {" "}(برابر)
   *[no] {""}
}: { $theme } — { $votes ->
    [one] 1 ووٹ
   *[other] { $votes } ووٹ
}، { $statements ->
    [one] 1 بیان
   *[other] { $statements } بیانات
}
session-summary-no-themes = ابھی کوئی موضوع نہیں۔
session-summary-votes-hidden = ووٹ ابھی نہیں دکھائے گئے۔
session-summary-theme-line = { $theme } — { $statements ->
    [one] 1 بیان
   *[other] { $statements } بیانات
}
session-summary-plan = منصوبے میں کیا شامل ہوا
session-summary-no-actions = ابھی کوئی مسودہ اقدام نہیں۔

## سیشن کے مراحل، جیسے سہولت کار انہیں چلاتا ہے

session-add-statement-title = کسی کی ضرورت شامل کریں
session-statement-label = مجھے ضرورت ہے…
session-statement-hint = ان کے اپنے الفاظ میں لکھیں۔ نام شامل نہ کریں۔
session-add-statement = بیان شامل کریں
session-statement-added = بیان شامل ہو گیا۔
session-statements-title = بیانات
session-statements-count = { $count ->
    [0] ابھی کوئی بیان نہیں۔
    [one] 1 بیان۔
   *[other] { $count } بیانات۔
}
session-statements-hidden = { $shown } دکھائے گئے، { $hidden } چھپے ہوئے۔
session-statement-hidden = چھپا ہوا: نہ کسی کو دکھایا جاتا ہے نہ گنا جاتا ہے۔
session-statement-show = دکھائیں
session-statement-hide = چھپائیں
session-statement-remove = ہٹائیں
session-statement-remove-ask = یہ بیان سب کے لیے ہٹا دیں؟
session-statement-remove-yes = ہاں، ہٹا دیں
session-statement-keep = رہنے دیں
session-statement-theme = اس بیان کا موضوع
session-statement-no-theme = ابھی کسی موضوع میں نہیں
session-new-theme = نیا موضوع
session-theme-name = موضوع کا نام
session-add-theme = موضوع شامل کریں
session-theme-added = موضوع “{ $theme }” شامل ہو گیا۔
session-themes-title = موضوعات
session-themes-none = ابھی کوئی موضوع نہیں۔ اوپر ایک بنائیں، پھر ہر اس بیان کے لیے اسے چنیں جو اس میں آتا ہو۔
session-theme-empty = اس موضوع میں ابھی کوئی بیان نہیں۔
session-theme-rename = موضوع کا نام بدلیں
session-theme-new-name = اس موضوع کا نیا نام
session-theme-save-name = نام محفوظ کریں
session-theme-cancel = منسوخ کریں
session-theme-merge-into = اس میں ضم کریں…
session-theme-merge = ضم کریں
session-headcount-title = کون موجود ہے
session-headcount-label = کتنے لوگ حصہ لے رہے ہیں؟
session-headcount-hint = اختیاری۔ کمرے میں سب کو گنیں، ان لوگوں سمیت جو آپ کے ذریعے بات کرتے ہیں۔ خلاصہ یہ تعداد یا شامل ہونے والوں کی تعداد استعمال کرتا ہے، جو بھی زیادہ ہو۔
session-headcount-save = تعداد محفوظ کریں
session-headcount-not-a-number = لوگوں کی تعداد پورے عدد میں لکھیں، جیسے 12، یا خالی چھوڑ دیں۔
session-headcount-saved = { $count ->
    [one] محفوظ ہو گیا: 1 شخص حصہ لے رہا ہے۔
   *[other] محفوظ ہو گیا: { $count } لوگ حصہ لے رہے ہیں۔
}
session-headcount-cleared = صاف کر دیا گیا: خلاصہ شامل ہونے والے لوگوں کو گنتا ہے۔
session-live-title = لوگ اپنے فونوں پر شامل ہوتے ہیں
session-live-code = شمولیت کا کوڈ:
session-live-how = فون پر { $address } پر جائیں اور کوڈ لکھیں، یا QR کوڈ اسکین کریں۔
session-live-code-waiting = شمولیت کا کوڈ حاصل کیا جا رہا ہے…
session-live-deleted-on = یہ سیشن اور اس میں کہی گئی ہر بات { $day } کو حذف کر دی جائے گی جب تک اسے دوبارہ استعمال نہ کیا جائے؛ اس سے پہلے اسے ڈاؤن لوڈ کر لیں۔
session-live-qr = QR کوڈ: اس سیشن میں شامل ہونے کے لیے اسے فون کے کیمرے سے اسکین کریں
session-live-board = بورڈ کھولیں
session-live-board-note = (نئے ٹیب میں کھلتا ہے، پروجیکٹر کے لیے)
session-live-connection = رابطہ: { $state }
session-steps = سیشن کے مراحل
session-step-now = (اب)
session-step-done = (مکمل)
session-has-finished = سیشن ختم ہو گیا ہے۔
session-moved-on = { $step } پر آگے بڑھ گئے۔
session-finish = سیشن ختم کریں
session-move-on = { $step } پر آگے بڑھیں
session-timer-label = ٹائمر لگائیں (منٹ)
session-timer-start = ٹائمر شروع کریں
session-timer-not-a-number = منٹوں کی پوری تعداد لکھیں، 1 سے { $most } تک۔
session-timer-left-label = اس مرحلے میں باقی وقت
session-timer-left = { $time } باقی
session-timer-stop = ٹائمر روکیں
session-timer-up = وقت ختم ہو گیا۔
session-plan-no-themes = منصوبہ بندی کے لیے کوئی موضوع نہیں۔
session-plan-no-plan = اس فائل میں کوئی ایکشن پلان نہیں جس میں اسے شامل کیا جائے۔
session-plan-place = درجہ { $rank }{ $tied ->
    [yes] {" "}(برابر)
   *[no] {""}
}
session-plan-votes = { $count ->
    [one] 1 ووٹ
   *[other] { $count } ووٹ
}
session-plan-added = منصوبے میں شامل کر دیا گیا:
session-plan-make-draft = اسے مسودہ اقدام بنائیں
session-vote-spent = { $who } اپنے سب ووٹ استعمال کر چکے ہیں۔ اگلے شخص کے لیے “کون ووٹ دے رہا ہے؟” میں “کمرے میں کوئی” چنیں۔
session-vote-last = “{ $theme }” پر ایک نقطہ لگ گیا۔ یہ { $who } کا آخری ووٹ تھا: آلہ اگلے شخص کو دے دیں۔
session-vote-added = “{ $theme }” پر ایک نقطہ لگ گیا۔
session-votes-left = باقی ووٹ: { $count }
session-votes-show = ووٹ دکھائیں
session-votes-showing = ووٹ دکھائے جا رہے ہیں۔
session-vote-theme-votes = { $statements ->
    [one] 1 بیان
   *[other] { $statements } بیانات
} · { $votes ->
    [one] 1 ووٹ
   *[other] { $votes } ووٹ
}
session-vote-theme-hidden = { $statements ->
    [one] 1 بیان
   *[other] { $statements } بیانات
} · ووٹ چھپے ہوئے ہیں
session-vote-add = { $theme } پر ایک نقطہ لگائیں
session-who-is-voting = کون ووٹ دے رہا ہے؟
session-who-is-voting-hint = آلہ باری باری دیں۔ ہر شخص کے آخری ووٹ کے بعد اگلے شخص کے لیے “کمرے میں کوئی” دوبارہ چن لیا جاتا ہے۔
session-room-voter = کمرے میں کوئی
session-provenance-title = یہ اقدام کہاں سے آیا
session-provenance-drafted = مشترکہ تیاری کے سیشن { $session } میں مسودہ بنایا گیا۔
session-provenance-unnamed = مشترکہ تیاری کا ایک سیشن
session-provenance-theme = موضوع
session-provenance-votes = ووٹ
session-provenance-none = دکھانے کے لیے کوئی بیان نہیں: انہیں چھپا دیا گیا یا ہٹا دیا گیا ہے۔
session-provenance-elsewhere = بیانات لائیو سیشن کے ساتھ رکھے جاتے ہیں۔ یہاں ایک نقل رکھنے کے لیے اس آلے پر سیشن کھولیں۔

## مدد: ہر کام کے لیے ایک مختصر رہنما

help-title = مدد
help-intro = یہاں ہر کام کے لیے مختصر رہنما۔ ہر ایک کو پڑھنے میں چند منٹ لگتے ہیں۔
help-all = تمام مدد
help-plan-title = علاقے کے ایکشن پلان کا مسودہ بنائیں
help-plan-summary = ایسے اقدامات لکھیں جو واضح، قابلِ پیمائش، کسی کی سربراہی میں اور وقت کے پابند ہوں، اور ان پر نظر رکھیں۔
help-pack-title = کمیونٹی ایکشن پیک بنائیں
help-pack-summary = منصوبے کے اقدامات کو کسی گروپ کے لیے چھپے ہوئے پیک میں بدلیں، رابطوں، جگہوں اور تقریبات کے ساتھ۔
help-session-title = مشترکہ تیاری کا سیشن چلائیں
help-session-summary = سنیں کہ نگہداشت کرنے والوں کو کیا چاہیے، اسے موضوعات میں گروپ کریں، ووٹ دیں، اور سرفہرست موضوعات کو اقدامات میں بدلیں۔
help-sharing-title = منصوبہ محفوظ طریقے سے شیئر کریں
help-sharing-summary = منصوبے کا بیک اپ لیں، نقل بھیجیں، ساتھی کی تبدیلیاں ضم کریں، اور نگہداشت کرنے والوں کی تفصیلات نجی رکھیں۔
help-strategy-title = اس ٹول کٹ کے پیچھے حکمتِ عملی
help-strategy-summary = بورو کا وژن، مشن اور توجہ کے شعبے، ہر ایک میں کیے گئے وعدوں کے ساتھ۔
help-strategy-vision = ہمارا وژن
help-strategy-mission = ہمارا مشن
help-strategy-areas = توجہ کے شعبے
help-strategy-commit = ہم کس بات کا وعدہ کرتے ہیں
help-plan-step-1 = منصوبہ شروع کریں
help-plan-step-1-text = ہوم پر “نیا منصوبہ شروع کریں” کے نیچے علاقے کا نام لکھیں اور “منصوبہ شروع کریں” چنیں۔ منصوبہ اسی آلے پر رکھا جاتا ہے اور انٹرنیٹ کے بغیر کام کرتا ہے۔
help-plan-step-2 = اقدامات شامل کریں
help-plan-step-2-text = توجہ کے ہر شعبے میں “ایک اقدام شامل کریں” ہے۔ بتائیں کہ کیا ہوگا، آپ کو کیسے پتا چلے گا کہ یہ کامیاب رہا (ایک عدد جو آپ گن سکیں)، اس کی سربراہی کون کرے گا، اور کب تک۔
help-plan-step-3 = اشاروں پر عمل کریں
help-plan-step-3-text = ہر اقدام کے ساتھ “اس اقدام کو ابھی کیا چاہیے” بتاتا ہے کہ کیا کمی ہے: سربراہ، گننے کے قابل پیمانہ، یا تاریخ۔ جس اقدام میں ان میں سے کوئی کمی نہ ہو وہ SMART ہے۔
help-plan-step-4 = پیش رفت کی درجہ بندی کریں
help-plan-step-4-text = جیسے جیسے کام آگے بڑھے، ہر اقدام کو سرخ، نارنجی یا سبز درجہ دیں اور ثبوت شامل کریں: ایک نوٹ یا لنک جو دکھائے کہ کیا ہوا ہے۔ جب کام ہو جائے تو اسے مکمل نشان زد کریں۔
help-plan-step-5 = پورا منصوبہ دیکھیں
help-plan-step-5-text = “جائزہ” اقدامات کو شعبے اور حیثیت کے لحاظ سے گنتا ہے اور بتاتا ہے کہ ابھی کیا کمی ہے۔ “پرنٹ” منصوبے کو میٹنگ کے لیے A4 پر ترتیب دیتا ہے۔
help-pack-step-1 = چنیں کہ یہ کس کے لیے ہے
help-pack-step-1-text = کسی منصوبے میں “ایکشن پیک” کھولیں اور جن لوگوں کے لیے یہ ہے ان کے لیے “ایکشن پیک بنائیں” چنیں۔ cares منصوبے کے اقدامات سے تجویز کردہ قدموں کا مسودہ بناتا ہے۔
help-pack-step-2 = قدموں کو جانچیں
help-pack-step-2-text = ہر قدم کو ویسے پڑھیں جیسے وہ لوگ پڑھیں گے جن کے لیے یہ ہے، اور جہاں ضرورت ہو الفاظ بدلیں۔
help-pack-step-3 = رابطے، جگہیں اور تقریبات شامل کریں
help-pack-step-3-text = شامل کریں کہ کسے فون کرنا ہے، نگہداشت کرنے والے کہاں مل سکتے ہیں، اور آگے کیا ہونے والا ہے۔ کسی شخص کی تفصیلات صرف تب شامل کریں جب وہ فہرست میں آنے پر راضی ہو۔
help-pack-step-4 = اسے پرنٹ کریں
help-pack-step-4-text = “یہ پیک پرنٹ کریں” اسے A4 پر ترتیب دیتا ہے۔ بانٹنے سے پہلے ایک بار کاغذ پر جانچ لیں۔
help-session-step-1 = سیشن شروع کریں
help-session-step-1-text = کسی منصوبے میں “سیشن” کھولیں۔ کمرے میں ایک آلہ باری باری دینے کے لیے “اس آلے پر” چنیں، یا “اپنے فونوں پر” تاکہ لوگ کوڈ کے ساتھ شامل ہوں۔
help-session-step-2 = شیئر
help-session-step-2-text = لوگ بتاتے ہیں کہ انہیں کیا چاہیے، “مجھے ضرورت ہے…” سے شروع کر کے۔ چاہیں تو وہ فرضی نام استعمال کر سکتے ہیں۔ آپ ایسا بیان چھپا سکتے ہیں جس میں کسی کا نام ہو یا نجی تفصیلات ہوں۔
help-session-step-3 = گروپ
help-session-step-3-text = موضوعات بنائیں اور ہر بیان کو کسی ایک میں رکھیں۔ موضوعات کا نام بدلا اور انہیں ضم کیا جا سکتا ہے۔
help-session-step-4 = ترجیح
help-session-step-4-text = ہر کوئی اپنے نقطے ان موضوعات پر لگاتا ہے جو سب سے اہم ہیں۔ جب تک آپ “ووٹ دکھائیں” نہ چنیں، ووٹ چھپے رہتے ہیں۔
help-session-step-5 = منصوبہ
help-session-step-5-text = سرفہرست موضوعات کو مسودہ اقدامات میں بدلیں۔ ہر ایک کو وہ سیشن اور بیانات یاد رہتے ہیں جن سے یہ آیا۔ خلاصہ صرف تعداد دیتا ہے، کبھی نام نہیں۔
help-sharing-step-1 = بیک اپ
help-sharing-step-1-text = منصوبہ اسی براؤزر میں رہتا ہے۔ “شیئر” پر وقتاً فوقتاً “نقل ڈاؤن لوڈ کریں” چنیں، اور فائل کسی محفوظ جگہ رکھیں۔ ہوم پر “منصوبے کی فائل کھولیں” اسے واپس لے آتا ہے۔
help-sharing-step-2 = نقل بھیجیں
help-sharing-step-2-text = ڈاؤن لوڈ کی گئی فائل کسی ساتھی کو بھیجیں۔ جب وہ اپنی واپس بھیجیں تو اسے کھولیں اور ضم کرنا چنیں: آپ پہلے دیکھتے ہیں کہ کیا بدلے گا، اور جہاں آپ دونوں نے ایک ہی چیز بدلی وہاں آپ چنتے ہیں کہ کون سی رکھنی ہے۔
help-sharing-step-3 = اسپریڈشیٹ
help-sharing-step-3-text = “اقدامات اسپریڈشیٹ کے طور پر ڈاؤن لوڈ کریں” کونسل کی ورک بک کے کالموں کے ساتھ CSV یا Excel فائل دیتا ہے۔ دونوں میں سے کوئی بھی واپس منصوبے میں کھل جاتی ہے۔
help-sharing-step-4 = نگہداشت کرنے والوں کی تفصیلات نجی رکھیں
help-sharing-step-4-text = کسی اقدام میں نگہداشت کرنے والے کا نام، پتا یا صحت نہ لکھیں۔ سیشن کے خلاصے اور برآمدات تعداد اور الفاظ رکھتے ہیں، کبھی یہ نہیں کہ کس نے کہا۔ لوگ کسی بھی وقت اپنے الفاظ ہٹانے کا کہہ سکتے ہیں۔
finding-phrase-vague-action = ایک مقصد، یہ نہیں کہ کیا ہوگا

## سائن ان، جہاں سرور صرف سہولت کاروں کو چیزیں شروع کرنے دیتا ہے

key-empty = آپ کو دی گئی سہولت کار کی کلید چسپاں کریں۔
key-wrong-shape = سہولت کار کی کلید 64 حروف اور ہندسوں (0 سے 9 اور a سے f) پر مشتمل ہوتی ہے۔ پوری کلید کاپی کریں اور دوبارہ کوشش کریں۔
key-not-kept = اس براؤزر نے کلید محفوظ نہیں کی۔ دیکھیں کہ یہ نجی براؤزنگ میں نہ ہو، پھر دوبارہ کوشش کریں۔
sign-in-title = { $doing ->
    [share] یہ منصوبہ شیئر کرنے کے لیے سائن ان کریں
   *[session] سیشن شروع کرنے کے لیے سائن ان کریں
}
sign-in-intro = { $doing ->
    [share] اس سرور پر صرف سہولت کار منصوبے شیئر کر سکتے ہیں۔ اپنے کونسل اکاؤنٹ سے سائن ان کریں، یا آپ کو دی گئی سہولت کار کی کلید استعمال کریں۔ اگر دونوں میں سے کچھ نہ ہو تو سرور چلانے والے سے پوچھیں۔
   *[session] اس سرور پر صرف سہولت کار سیشن شروع کر سکتے ہیں۔ اپنے کونسل اکاؤنٹ سے سائن ان کریں، یا آپ کو دی گئی سہولت کار کی کلید استعمال کریں۔ اگر دونوں میں سے کچھ نہ ہو تو سرور چلانے والے سے پوچھیں۔
}
sign-in-key-refused = اس آلے پر محفوظ سہولت کار کی کلید قبول نہیں ہوئی۔ ہو سکتا ہے اسے واپس لے لیا گیا ہو: نئی کلید مانگیں۔
sign-in-account = اپنے کونسل اکاؤنٹ سے سائن ان کریں
sign-in-key-label = سہولت کار کی کلید
sign-in-key-hint = ایک بار چسپاں کریں: یہ آلہ اسے محفوظ رکھتا ہے۔
sign-in-keep = یہ کلید اس آلے پر محفوظ رکھیں
sign-in-forget = کلید بھول جائیں
sign-in-kept = { $doing ->
    [share] کلید اس آلے پر محفوظ ہو گئی ہے۔ “شیئر کریں” دوبارہ دبائیں۔
   *[session] کلید اس آلے پر محفوظ ہو گئی ہے۔ “سیشن شروع کریں” دوبارہ دبائیں۔
}

## سرور کے ذریعے منصوبہ شیئر کرنا

server-sign-in-needed-share = اس سرور پر صرف سہولت کار منصوبے شیئر کر سکتے ہیں۔ سائن ان کریں، پھر دوبارہ کوشش کریں۔
share-already-shared = یہ منصوبہ پہلے ہی کسی اور آلے سے اس سرور کے ذریعے شیئر ہو چکا ہے۔ شیئر کرنے والے سے لنک مانگیں۔
share-too-large = یہ منصوبہ سرور پر شیئر کرنے کے لیے بہت بڑا ہے۔ اس کی نقل ڈاؤن لوڈ کر کے فائل بھیجیں۔
share-link-dead = یہ لنک اب کوئی منصوبہ نہیں کھولتا۔ ہو سکتا ہے اسے روک دیا گیا ہو، یا اس کا صرف کچھ حصہ کاپی ہوا ہو۔ لنک دوبارہ مانگیں۔
share-cannot-stop = یہ سرور ابھی لنک روک نہیں سکتا۔ سرور چلانے والے سے اس منصوبے کا لنک واپس لینے کو کہیں۔

## تاریخ کے خانے

date-hint = دن، مہینہ اور سال، جیسے 31/03/2026۔
date-not-a-day = دن، مہینہ اور سال لکھیں، جیسے 31/03/2026۔
date-calendar = کیلنڈر

## کھلے منصوبے کے گرد فریم: اس کی نیویگیشن، محفوظ کرنا اور لوڈ کرنا۔

frame-backup-nudge = یہ منصوبہ صرف اسی آلے پر ہے۔ اسے محفوظ رکھنے کے لیے ایک کاپی ڈاؤن لوڈ کریں۔
frame-backup-link = شیئر پر جائیں اور بیک اپ بنائیں
frame-save-failed = محفوظ نہیں ہوا: { $reason }۔ ابھی ایک کاپی ڈاؤن لوڈ کریں۔
frame-save-refused = محفوظ نہیں ہوا: خانے کے پاس پیغام دیکھیں۔ آپ نے جو لکھا وہ اس آلے پر رکھا گیا ہے۔
frame-saved = اس آلے پر محفوظ ہو گیا
frame-saving = محفوظ ہو رہا ہے…
frame-storage-kept = اس براؤزر نے آپ کا کام رکھنے پر اتفاق کیا ہے۔
frame-storage-may-delete = اگر آپ کچھ عرصہ نہ آئیں تو یہ براؤزر آپ کا کام مٹا سکتا ہے۔ اسے محفوظ رکھنے کے لیے ایک کاپی ڈاؤن لوڈ کریں۔
frame-storage-device-only = آپ کا کام صرف اسی آلے پر محفوظ ہے۔
frame-nav-label = منصوبہ
frame-nav-programme = بورو کا پروگرام
frame-nav-actions = اقدامات
frame-nav-overview = جائزہ
frame-nav-packs = ایکشن پیک
frame-nav-sessions = سیشن
frame-nav-share = شیئر
frame-nav-print = پرنٹ
frame-loading = آپ کا منصوبہ لوڈ ہو رہا ہے…
frame-whole-borough = پورا بورو
frame-not-found-title = منصوبہ نہیں ملا
frame-not-found-text = ہمیں یہ منصوبہ اس آلے پر نہیں ملا۔
frame-not-found-file = اگر کسی نے آپ کو یہ منصوبہ فائل کے طور پر بھیجا ہے تو اسے ہوم صفحے سے کھولیں۔
frame-go-to-plans = اپنے منصوبوں پر جائیں
frame-unreadable-title = یہ منصوبہ کھل نہیں سکا
frame-unreadable-text = ہم یہ منصوبہ نہیں کھول سکے: { $reason }۔
frame-unreadable-copy = اگر آپ کے پاس ڈاؤن لوڈ کی ہوئی کاپی ہے تو آپ اسے ہوم صفحے سے کھول سکتے ہیں۔
frame-removed-elsewhere = یہ منصوبہ کسی دوسرے ٹیب میں بدل دیا گیا یا ہٹا دیا گیا، اس لیے یہاں کی تبدیلیاں اب محفوظ نہیں ہو سکتیں۔
frame-merge-nothing = ملانے سے یہاں کچھ نہیں بدلتا: اس منصوبے میں فائل کی ہر چیز پہلے سے موجود ہے۔
frame-merge-will = ملانے سے آپ کے منصوبے میں یہ تبدیلیاں ہوں گی:
frame-merge-other = اقدامات کے علاوہ دوسری تبدیلیاں (عنوان، پیک یا سیشن)
frame-merge-both = آپ دونوں نے { $count ->
    [one] 1 چیز
   *[other] { $count } چیزیں
} مختلف طرح بدلی ہیں۔ ملانے کے بعد آپ چن سکتے ہیں کہ کون سی رکھنی ہے۔
frame-conflicts-title = آپ دونوں نے یہ بدلے
frame-conflicts-intro = ملانے میں ہر ایک کی ایک قدر رکھی گئی۔ ہر ایک کو جانچیں اور درست قدر رکھیں۔
frame-conflict-title = { $part }: “{ $what }”
frame-conflict-not-kept = یہ رکھا نہیں جا سکا: { $reason }۔
frame-conflict-kept = { $whose ->
    [mine] آپ کی رکھی گئی: { $value }
   *[theirs] ان کی رکھی گئی: { $value }
}
frame-conflict-now = { $whose ->
    [mine] منصوبے میں اب آپ کی ہے: { $value }
   *[theirs] منصوبے میں اب ان کی ہے: { $value }
}
frame-conflict-yours = آپ کی
frame-conflict-theirs = ان کی
frame-conflict-keep-mine = میری رکھیں
frame-conflict-keep-theirs = ان کی رکھیں
frame-download-copy = ایک کاپی ڈاؤن لوڈ کریں
frame-copy-failed = کاپی نہیں بن سکی: { $reason }۔ دوبارہ کوشش کریں، یا کوئی دوسرا براؤزر آزمائیں۔
frame-copy-done = کاپی { $date } کو ڈاؤن لوڈ ہوئی۔ فائل کو کسی محفوظ جگہ رکھیں، جیسے اپنی ای میل یا میموری اسٹک۔
frame-download-csv = اقدامات اسپریڈشیٹ (CSV) کے طور پر ڈاؤن لوڈ کریں
frame-download-xlsx = اقدامات اسپریڈشیٹ (.xlsx) کے طور پر ڈاؤن لوڈ کریں
frame-download-no-actions = اس منصوبے میں اسپریڈشیٹ میں ڈالنے کے لیے کوئی اقدام نہیں
frame-download-failed = اسپریڈشیٹ نہیں بن سکی: { $reason }۔
frame-download-making = اسپریڈشیٹ بن رہی ہے…
frame-new-label = علاقے کا نام
frame-new-hint = مثال کے طور پر، Maltby یا Wath۔ منصوبے کا نام “Maltby locality action plan” ہوگا۔
frame-new-missing = اپنے علاقے کا نام لکھیں۔
frame-new-too-long = یہ نام بہت لمبا ہے۔ { $limit } سے کم حروف استعمال کریں۔
frame-new-not-saved = آپ کا منصوبہ محفوظ نہیں ہو سکا: { $reason }۔ کچھ نہیں بنایا گیا۔
frame-new-start = منصوبہ شروع کریں
frame-cancel = منسوخ کریں

## اس آلے پر رکھے منصوبے: فہرست، نام بدلنا، آرکائیو کرنا اور مٹانا۔

plans-restored = “{ $title }” اس آلے پر واپس آ گیا ہے۔
plans-not-restored = “{ $title }” واپس نہیں رکھا جا سکا: { $reason }۔
plans-looking = آپ کے منصوبے تلاش کیے جا رہے ہیں…
plans-unreadable = آپ کے منصوبے پڑھے نہیں جا سکے: { $reason }۔
plans-none = ابھی کوئی منصوبہ نہیں۔
plans-all-archived = اس آلے کا ہر منصوبہ آرکائیو میں ہے۔
plans-archived-list = آرکائیو کیے گئے منصوبے ({ $count })
plans-undo = واپس لیں
plans-backed-up = کاپی { $date } کو ڈاؤن لوڈ ہوئی
plans-not-backed-up = ابھی بیک اپ نہیں ہوا
plans-archived-on = { $date } کو آرکائیو ہوا
plans-changed = آخری تبدیلی { $date }
plans-renamed = نیا نام “{ $title }” رکھ دیا گیا۔
plans-unarchived = “{ $title }” آپ کے منصوبوں میں واپس آ گیا ہے۔
plans-archived = “{ $title }” آرکائیو ہو گیا۔ یہ “آرکائیو کیے گئے منصوبے” میں ہے۔
plans-not-archived = یہ منصوبہ آرکائیو نہیں ہو سکا: { $reason }۔
plans-deleted = “{ $title }” اس آلے سے مٹا دیا گیا۔ آپ ایک منٹ تک اسے واپس لے سکتے ہیں۔
plans-not-deleted = یہ منصوبہ مٹایا نہیں جا سکا: { $reason }۔
plans-manage = نام بدلیں، آرکائیو کریں یا مٹائیں
plans-new-title = نیا عنوان
plans-rename = نام بدلیں
plans-unarchive = اپنے منصوبوں میں واپس رکھیں
plans-archive = آرکائیو کریں
plans-delete = مٹائیں
plans-delete-confirm = یہ منصوبہ اس آلے سے مٹا دیں؟ صرف وہ کاپی بچے گی جو آپ نے ڈاؤن لوڈ یا شیئر کی۔
plans-delete-yes = ہاں، مٹا دیں
plans-delete-keep = رہنے دیں
plans-rename-unreadable = یہ منصوبہ پڑھا نہیں جا سکا: { $reason }۔
plans-rename-gone = یہ منصوبہ اب اس آلے پر نہیں ہے۔
plans-title-blank = منصوبے کو ایک عنوان دیں۔
plans-title-too-long = عنوان زیادہ سے زیادہ { $limit } حروف کا ہو سکتا ہے۔
plans-title-refused = یہ عنوان نہیں لیا گیا: { $reason }۔
plans-title-not-saved = نیا عنوان محفوظ نہیں ہو سکا: { $reason }۔
plans-delete-gone = یہ اب اس آلے پر نہیں ہے
plans-page-title = آپ کے منصوبے
plans-page-start = نیا منصوبہ شروع کریں یا فائل سے کھولیں

## نگہداشت کرنے والوں کے دوست علاقوں کے ایکشن پیک: فہرست، بنانے والا اور پرچہ۔

packs-audience-employers = آجر اور کاروبار
packs-audience-schools = اسکول
packs-audience-gp-practices = جی پی کلینک اور فارمیسیاں
packs-audience-faith-groups = مذہبی اور کمیونٹی گروپ
packs-leaflet-for-employers = آجروں اور کاروباروں کے لیے
packs-leaflet-for-schools = اسکولوں کے لیے
packs-leaflet-for-gp-practices = جی پی کلینکوں اور فارمیسیوں کے لیے
packs-leaflet-for-faith-groups = مذہبی اور کمیونٹی گروپوں کے لیے
packs-contacts-title = مقامی رابطے
packs-contacts-none = ابھی کوئی رابطہ نہیں۔ کسی ایسے شخص کو شامل کریں جس سے لوگ رابطہ کر سکیں۔
packs-contacts-add = رابطہ شامل کریں
packs-contacts-name-missing = رابطے کا نام لکھیں۔
packs-contact-name = نام
packs-contact-role = کردار یا ادارہ
packs-contact-reach = ان سے رابطہ کیسے کریں
packs-contact-reach-hint = فون نمبر، ای میل پتہ یا ملنے کا وقت۔
packs-places-title = ملنے کی جگہیں
packs-places-none = ابھی کوئی ملنے کی جگہ نہیں۔ کوئی جگہ شامل کریں جہاں نگہداشت کرنے والے مل سکیں۔
packs-places-add = ملنے کی جگہ شامل کریں
packs-places-name-missing = جگہ کا نام لکھیں۔
packs-place-name = جگہ کا نام
packs-place-address = پتہ
packs-place-when = کب
packs-place-when-hint = مثال کے طور پر: منگل، صبح 10 سے دوپہر 12 بجے تک۔
packs-events-title = تقریبات
packs-events-none = ابھی کوئی تقریب نہیں۔ کوئی آنے والی چیز شامل کریں جس میں نگہداشت کرنے والے جا سکیں۔
packs-events-add = تقریب شامل کریں
packs-events-name-missing = لکھیں کہ تقریب کیا ہے۔
packs-event-title = تقریب
packs-event-date = تاریخ
packs-event-place = کہاں
packs-part-saved = { $name } میں تبدیلیاں محفوظ ہو گئیں۔
packs-part-added = { $name } شامل ہو گیا۔
packs-part-edit = ترمیم کریں
packs-part-edit-named = { $name } میں ترمیم کریں
packs-part-remove = ہٹائیں
packs-part-remove-named = { $name } ہٹائیں
packs-part-editing = { $name } میں ترمیم ہو رہی ہے
packs-part-save = تبدیلیاں محفوظ کریں
packs-title-blank = پیک کو ایک عنوان دیں۔
packs-hints-title = اس پیک کو ابھی کیا چاہیے
packs-hints-done = یہ پیک پرنٹ کے لیے تیار ہے۔
packs-steps-title = قدم
packs-steps-intro = پیک میں ڈالنے والے قدموں پر نشان لگائیں۔ آپ کسی بھی قدم کے الفاظ بدل سکتے ہیں۔
packs-step-include = قدم { $number } شامل کریں
packs-step-from-plan = منصوبے سے
packs-step-wording = قدم کے الفاظ
packs-step-reword = یہ منصوبے کے الفاظ ہیں، جو منصوبے پر کام کرنے والوں کے لیے لکھے گئے ہیں۔ انہیں اس پیک کے پڑھنے والوں کے لیے دوبارہ لکھیں: بتائیں کہ وہ کیا کر سکتے ہیں۔
packs-step-add = اپنا قدم شامل کریں
packs-no-plan = اس فائل میں کوئی ایکشن پلان نہیں جس سے پیک بنایا جا سکے۔
packs-title = ایکشن پیک
packs-intro = ایکشن پیک لوگوں کے ایک گروہ کو، جیسے مقامی آجر یا اسکول، بتاتا ہے کہ وہ نگہداشت کرنے والوں کی مدد کے لیے کیا کر سکتے ہیں، مقامی رابطوں اور ملنے کی جگہوں کے ساتھ۔
packs-none = ابھی کوئی ایکشن پیک نہیں۔
packs-untitled = بے عنوان پیک
packs-for = کس کے لیے: { $audience }
packs-make-title = ایکشن پیک بنائیں
packs-make-who = یہ کس کے لیے ہے؟
packs-make-start = پیک شروع کریں
packs-this-pack = یہ ایکشن پیک
packs-back = ایکشن پیکوں پر واپس
packs-heading-untitled = ایکشن پیک
packs-field-title = پیک کا عنوان
packs-field-intro = تعارف
packs-print-link = یہ پیک پرنٹ کریں
packs-print-back = پیک پر واپس
packs-print-needs = پرنٹ کرنے سے پہلے اس پیک کو ابھی یہ چاہیے:
packs-print = پرنٹ کریں
packs-leaflet-steps = آپ کیا کر سکتے ہیں

## منصوبے کے اقدامات کے اوپر فلٹر۔

filters-label = اقدامات فلٹر کریں
filters-area = توجہ کا شعبہ
filters-all-areas = تمام شعبے
filters-status = حیثیت
filters-all-statuses = تمام حیثیتیں
filters-overdue = تاخیر کا شکار
filters-needs-attention = توجہ درکار
filters-lead = رہنما
filters-all-leads = تمام رہنما
filters-no-lead = ابھی کوئی رہنما نہیں
filters-organisation = رہنما ادارہ
filters-all-organisations = تمام ادارے
filters-search = اقدامات تلاش کریں

## ایپ چلنے سے پہلے کا صفحہ (بناتے وقت index.html میں لکھا جاتا ہے)۔

loading-failed = یہ صفحہ لوڈ نہیں ہو سکا۔ دیکھیں کہ آپ آن لائن ہیں، پھر دوبارہ کوشش کریں۔
loading-retry = دوبارہ کوشش کریں
loading-noscript = اس ایپ کو JavaScript کی ضرورت ہے۔ اسے اپنے براؤزر کی ترتیبات میں چالو کریں، پھر صفحہ دوبارہ لوڈ کریں۔
frame-progress-legend = پیش رفت
## کور (cares-core) کے اپنے پیغامات: کوئی تبدیلی کیوں رد ہوئی، سیشن کا رد کیا گیا قدم،
## اسکول کا کیلنڈر، بااختیار بنانے کے منصوبے کی باتیں، گنتی کی فائل کے مسائل، سیشن کے
## خلاصے کی جدول کا عنوان، اور سہولت کار کے آلے پر ووٹ دینے والے کا عارضی نام۔
## { $field }، { $what } اور { $doing } میں الفاظ کلیدیں ہیں؛ شناختیں جوں کی توں دکھائی جاتی ہیں۔

core-edit-no-plan = { $id } شناخت والا کوئی منصوبہ نہیں
core-edit-no-action = اس منصوبے میں { $id } شناخت والا کوئی اقدام نہیں
core-edit-not-found = { $id } شناخت والا کوئی { $what ->
    [session] سیشن
    [action-pack] ایکشن پیک
    [self-assessment] خود جائزہ
    [member] رکن
    [meeting] اجلاس
   *[other] { $what }
} نہیں
core-edit-no-section = اس منصوبے میں { $id } شناخت والا کوئی حصہ نہیں
core-edit-already-there = { $id } شناخت والا { $what ->
    [plan] منصوبہ
    [section] حصہ
    [action] اقدام
    [session] سیشن
   *[other] { $what }
} پہلے سے موجود ہے
core-edit-blank = { $field ->
    [title] عنوان
    [plan-title] منصوبے کا عنوان
    [section-title] حصے کا عنوان
    [what-will-happen] کیا ہوگا
    [evidence] ثبوت
    [pack-title] پیک کا عنوان
    [organisation-name] ادارے کا نام
    [locality-name] علاقے کا نام
    [network-name] نیٹ ورک کا نام
    [member-name] رکن کا نام
    [meeting-title] اجلاس کا عنوان
    [rep-name] نمائندے کا نام
   *[other] { $field }
} خالی ہے
core-edit-too-long = { $field ->
    [title] عنوان
    [plan-title] منصوبے کا عنوان
    [section-title] حصے کا عنوان
    [what-will-happen] کیا ہوگا
    [reference] حوالہ
    [measure] پیمانہ
    [timescale] وقت کی حد
    [milestone] ایک سنگ میل
    [lead] قیادت
    [lead-organisation] قیادت کرنے والا ادارہ
    [note] نوٹ
    [evidence] ثبوت
    [link] لنک
    [pack-title] پیک کا عنوان
    [step] ایک قدم
    [organisation-name] ادارے کا نام
    [locality-name] علاقے کا نام
    [network-name] نیٹ ورک کا نام
    [member-name] رکن کا نام
    [meeting-title] اجلاس کا عنوان
    [place] جگہ
    [rep-name] نمائندے کا نام
   *[other] { $field }
} { $chars } حروف لمبا ہے؛ زیادہ سے زیادہ { $limit } کی اجازت ہے
core-session-wrong-phase = { $doing ->
    [adding-a-statement] بیان شامل کرنا
    [making-a-theme] موضوع بنانا
    [renaming-a-theme] موضوع کا نام بدلنا
    [grouping-a-statement] بیان کو گروپ کرنا
    [merging-themes] موضوعات کو ملانا
    [removing-a-theme] موضوع ہٹانا
    [voting] ووٹ دینا
    [taking-back-a-vote] ووٹ واپس لینا
   *[other] { $doing }
} { $needed ->
    [share] بانٹنے
    [group] گروپ کرنے
    [prioritise] ترجیح دینے
    [plan] منصوبہ بنانے
   *[closed] بند
} کے مرحلے کا کام ہے، اور یہ سیشن { $phase ->
    [share] بانٹنے
    [group] گروپ کرنے
    [prioritise] ترجیح دینے
    [plan] منصوبہ بنانے
   *[closed] بند
} کے مرحلے میں ہے
core-session-closed = سیشن بند ہو چکا ہے، اس لیے اب { $doing ->
    [adding-a-statement] بیان شامل کرنا
    [revealing-the-votes] ووٹ ظاہر کرنا
    [drafting-an-action] اقدام کا مسودہ بنانا
    [joining] شامل ہونا
   *[other] { $doing }
} ممکن نہیں
core-session-not-next-phase = سیشن { $from ->
    [share] بانٹنے
    [group] گروپ کرنے
    [prioritise] ترجیح دینے
    [plan] منصوبہ بنانے
   *[closed] بند
} کے مرحلے سے { $to ->
    [share] بانٹنے
    [group] گروپ کرنے
    [prioritise] ترجیح دینے
    [plan] منصوبہ بنانے
   *[closed] بند
} کے مرحلے میں نہیں جا سکتا؛ مرحلے ایک ایک کر کے چلتے ہیں: بانٹنا، گروپ کرنا، ترجیح دینا، منصوبہ بنانا، بند
core-session-no-themes = ابھی ووٹ کے لیے کوئی موضوع نہیں؛ پہلے کچھ بیانات کو ایک موضوع میں گروپ کریں
core-session-blank-title = سیشن کو ایک عنوان چاہیے
core-session-title-too-long = سیشن کا عنوان { $max } حروف تک ہو سکتا ہے؛ اس میں { $chars } ہیں
core-session-no-votes-per-person = ہر شخص کو کم از کم ایک ووٹ چاہیے
core-session-blank-pseudonym = دکھانے کے لیے کوئی نام چنیں؛ یہ فرضی بھی ہو سکتا ہے
core-session-pseudonym-too-long = دکھانے والا نام { $max } حروف تک ہو سکتا ہے؛ اس میں { $chars } ہیں
core-session-duplicate-participant = شریک { $participant } اس سیشن میں پہلے ہی شامل ہو چکا ہے
core-session-unknown-participant = شریک { $participant } اس سیشن میں نہیں ہے
core-session-erased = شریک { $participant } کو ان کی درخواست پر اس سیشن سے مٹا دیا گیا ہے، اس لیے ان سے مزید کچھ نہیں لیا جاتا
core-session-blank-statement = بیان میں کچھ الفاظ ہونے چاہییں
core-session-statement-too-long = بیان { $max } حروف تک ہو سکتا ہے؛ اس میں { $chars } ہیں
core-session-duplicate-statement = بیان { $statement } اس سیشن میں پہلے سے موجود ہے
core-session-unknown-statement = بیان { $statement } اس سیشن میں نہیں ہے
core-session-blank-theme-name = موضوع کو ایک نام چاہیے
core-session-theme-name-too-long = موضوع کا نام { $max } حروف تک ہو سکتا ہے؛ اس میں { $chars } ہیں
core-session-theme-name-taken = "{ $name }" نام کا موضوع پہلے سے موجود ہے
core-session-duplicate-theme = موضوع { $theme } اس سیشن میں پہلے سے موجود ہے
core-session-unknown-theme = موضوع { $theme } اس سیشن میں نہیں ہے
core-session-merge-into-itself = موضوع { $theme } کو خود اسی میں نہیں ملایا جا سکتا
core-session-no-votes-left = شریک { $participant } اپنے تمام { $budget } ووٹ استعمال کر چکا ہے؛ دوبارہ ووٹ دینے کے لیے ایک واپس لیں
core-session-headcount-out-of-range = حصہ لینے والوں کی تعداد 1 سے { $max } تک ہو سکتی ہے؛ یہ { $people } تھی
core-session-no-vote-to-withdraw = شریک { $participant } کا موضوع { $theme } پر کوئی ووٹ نہیں جو واپس لیا جائے
core-school-day-ends-before-it-starts = اسکول کا دن { $ends } پر ختم ہوتا ہے لیکن { $starts } پر شروع ہوتا ہے؛ اسے شروع ہونے کے بعد ختم ہونا چاہیے
core-empowerment-young-carer-in-school-hours = { $rep } ایک نوجوان نگہداشت کنندہ ہیں اور { $meeting } ({ $weekday ->
    [1] پیر
    [2] منگل
    [3] بدھ
    [4] جمعرات
    [5] جمعہ
    [6] ہفتہ
   *[7] اتوار
} { $day } { $month ->
    [1] جنوری
    [2] فروری
    [3] مارچ
    [4] اپریل
    [5] مئی
    [6] جون
    [7] جولائی
    [8] اگست
    [9] ستمبر
    [10] اکتوبر
    [11] نومبر
   *[12] دسمبر
} { $year })، { $starts } سے { $ends } کے دوران اسکول میں ہوں گے۔ اجلاس اسکول کے بعد یا چھٹیوں میں رکھنے کا کہیں، یا کوئی اور نمائندہ مقرر کریں۔
core-empowerment-no-carer-voice = { $meeting } ({ $weekday ->
    [1] پیر
    [2] منگل
    [3] بدھ
    [4] جمعرات
    [5] جمعہ
    [6] ہفتہ
   *[7] اتوار
} { $day } { $month ->
    [1] جنوری
    [2] فروری
    [3] مارچ
    [4] اپریل
    [5] مئی
    [6] جون
    [7] جولائی
    [8] اگست
    [9] ستمبر
    [10] اکتوبر
    [11] نومبر
   *[12] دسمبر
} { $year })، جو ایک اہم حکمت عملی اجلاس ہے، کے لیے کوئی ایسا نگہداشت کنندہ نمائندہ مقرر نہیں جو جا سکے۔ ایک نمائندہ مقرر کریں تاکہ وہاں نگہداشت کرنے والوں کی آواز سنی جائے۔
core-empowerment-rep-over-committed = { $rep } کو { $number ->
    [1] اپریل سے جون
    [2] جولائی سے ستمبر
    [3] اکتوبر سے دسمبر
   *[4] جنوری سے مارچ
} { $year } ({ $quarter }) میں { $count } اجلاسوں کے لیے مقرر کیا گیا ہے، جو ان کے مانے ہوئے { $max } سے زیادہ ہے۔ کچھ کسی اور نمائندے کے ساتھ بانٹیں، یا پوچھ لیں کہ کیا وہ زیادہ کرنے پر خوش ہیں۔
core-empowerment-unknown-rep = کوئی ایسا شخص جو منصوبے کا نمائندہ نہیں (رکن { $member }) ایک اجلاس کے لیے مقرر ہے۔ انہیں نمائندہ بنائیں یا یہ تقرری ہٹا دیں۔
core-empowerment-unknown-meeting = ایک نمائندہ ایسے اجلاس کے لیے مقرر ہے جو نیٹ ورک میں نہیں (اجلاس { $meeting })۔ شاید یہ مٹا دیا گیا ہو؛ تقرری ہٹا دیں یا اجلاس دوبارہ شامل کریں۔
core-counts-too-large = فائل { $bytes } بائٹس کی ہے؛ گنتی کی فائل زیادہ سے زیادہ { $max } بائٹس کی ہو سکتی ہے
core-counts-empty = فائل میں کوئی گنتی نہیں: اس میں ایک عنوان والی سطر (marker, locality, quarter, count) اور ہر گنتی کے لیے ایک سطر چاہیے
core-counts-missing-column = سطر 1: "{ $column }" کالم نہیں ہے؛ عنوان میں marker، locality، quarter اور count چاہییں
core-counts-unreadable = سطر { $line }: { $problem }
core-counts-unknown-marker = سطر { $line }: "{ $text }" پیش رفت کا نشان نہیں؛ "meeting-places" یا "Meeting places for carers" جیسا نام استعمال کریں
core-counts-unknown-quarter = سطر { $line }: "{ $text }" سہ ماہی نہیں؛ اسے "2024-Q1" یا "2024-25 Q1" کی طرح لکھیں (Q1 اپریل سے جون ہے)
core-counts-negative = سطر { $line }: گنتی { $text } صفر سے کم ہے؛ گنتی 0 یا زیادہ ہوتی ہے
core-counts-not-a-count = سطر { $line }: "{ $text }" گنتی نہیں؛ 12 جیسا پورا عدد لکھیں
core-counts-repeated = سطر { $line } وہی نشان، علاقہ اور سہ ماہی گنتی ہے جو سطر { $first }؛ ایک رکھیں
core-summary-theme = موضوع
core-summary-statement = بیان
core-room-voter = کمرے میں کوئی { $number }

## کونسل کے ایکشن پلان کا جدول پڑھنا (cares-core `table`): جو شک کے ساتھ پڑھا گیا۔
## { $heading } کالم کا عنوان ہے جیسے کور اسے کہتا ہے؛ { $text } اور { $reference } جدول کے اپنے الفاظ ہیں۔

core-import-second-column = دوسرا "{ $heading }" کالم؛ صرف پہلا درآمد کیا گیا
core-import-unknown-column = یہ کالم پہچانا نہیں گیا اور درآمد نہیں کیا گیا
core-import-above-header = عنوانات کی قطار کے اوپر کا متن درآمد نہیں کیا گیا: "{ $text }"
core-import-no-heading = کالم { $number } کا کوئی عنوان نہیں؛ اس کے خانے درآمد نہیں کیے گئے
core-import-not-imported = "{ $heading }" کے نیچے کے خانے درآمد نہیں کیے گئے
core-import-charter-row = "Charter commitment" عنوان والی قطار میں دوسرے خانے بھی بھرے ہیں؛ صرف اس کا عنوان درآمد کیا گیا
core-import-no-wording = اس قطار میں نہ کوئی حوالہ ہے نہ اقدام کا متن، اور اوپر کوئی اقدام نہیں جس میں اسے شامل کیا جائے؛ اسے بغیر الفاظ کے اقدام کے طور پر درآمد کیا گیا
core-import-reference-again = حوالہ "{ $reference }" اس حصے میں دوبارہ استعمال ہوا ہے (پہلی بار لائن { $first } پر)
core-import-no-area = "{ $text }" میں توجہ کے شعبے کا نمبر پڑھا نہیں جا سکا
core-import-no-date = "{ $text }" میں تاریخ پڑھی نہیں جا سکی
core-import-not-a-rating = "{ $text }" کوئی درجہ بندی نہیں (Red، Amber، Green، Complete یا Not started)؛ اسے درآمد نہیں کیا گیا

## Merging another copy of a plan (cares-core `merging`): the part of an action that
## changed ({ $part } is its key), what a merge does to an action, a value both people
## set, and why two copies cannot be merged. Lists are joined by core-list-comma and
## core-list-and. What people wrote comes in { $text } and { $what }, as written.

core-action-part = { $part ->
    [what] کیا ہوگا
    [reference] حوالہ
    [section] حصہ
    [measure] پیمانہ
    [milestones] سنگ میل
    [lead] رہنما
    [commenced] شروع کی تاریخ
    [due] مقررہ تاریخ
    [review] جائزے کی تاریخ
    [completed] تکمیل کی تاریخ
    [timescale-as-written] لکھا ہوا وقت
    [links] حکمت عملی سے روابط
    [rating] پیش رفت کی درجہ بندی
    [evidence] ثبوت
   *[position] منصوبے میں جگہ
}
core-merge-part = { $part ->
    [what] کیا ہوگا
    [reference] حوالہ
    [section] حصہ
    [measure] پیمانہ
    [milestones] سنگ میل
    [lead] رہنما
    [commenced] شروع کی تاریخ
    [due] مقررہ تاریخ
    [review] جائزے کی تاریخ
    [completed] تکمیل کی تاریخ
    [timescale-as-written] لکھا ہوا وقت
    [links] حکمت عملی سے روابط
    [rating] پیش رفت کی درجہ بندی
    [evidence] ثبوت
   *[position] منصوبے میں جگہ
}
core-merge-added = نیا اقدام: “{ $what }”
core-merge-removed = ہٹا دیا گیا: “{ $what }”
core-merge-changed = “{ $what }”: { $parts } بدل گئے
core-merge-empty = (خالی)
core-merge-written = { $text }
core-merge-date = { $day }
core-merge-list = { $items }
core-merge-milestone = { $text } ({ $due })
core-merge-link-area = علاقہ { $number }
core-merge-link-commitment = عہد { $number }
core-merge-replica-reused = دونوں نقلوں نے ایک ہی آلے کی شناخت کے تحت مختلف تبدیلیاں کیں، اس لیے انہیں ملانے سے ان میں سے ایک ضائع ہو جائے گی
core-merge-different-document = اس فائل میں ایک مختلف منصوبہ ہے، اس منصوبے کی نقل نہیں
core-merge-different-snapshot = دونوں نقلیں منصوبے کے مختلف نسخوں سے شروع ہوئیں، اس لیے ان کی تبدیلیاں ایک ایک کر کے نہیں ملائی جا سکتیں
core-merge-before-checkpoint = ایک نقل میں ایسی تبدیلیاں ہیں جو دوسری نقل کے سمیٹے جانے (اس کی پرانی تاریخ ایک تصویر میں یکجا) سے پہلے کی گئیں، اس لیے اب انہیں ان کی جگہ نہیں رکھا جا سکتا؛ انہیں نئی نقل میں دوبارہ کریں
core-list-comma = { $rest }، { $next }
core-list-and = { $rest } اور { $last }

## کمانڈ لائن کے اپنے الفاظ (cares-cli): `cares empowerment`۔

cli-empowerment-title = نگہداشت کنندگان کو بااختیار بنانے کا منصوبہ، { $quarter } سے ({ $number ->
    [1] اپریل سے جون
    [2] جولائی سے ستمبر
    [3] اکتوبر سے دسمبر
   *[4] جنوری سے مارچ
} { $year })
cli-empowerment-voice = { $reps ->
    [one] { $reps } نگہداشت کنندہ نمائندہ
   *[other] { $reps } نگہداشت کنندہ نمائندے
}؛ { $key } اہم حکمت عملی اجلاسوں میں سے { $voiced } میں نگہداشت کرنے والوں کی آواز ہے۔
cli-empowerment-nothing = دیکھنے کو کچھ نہیں: ہر اہم اجلاس میں نگہداشت کرنے والوں کی آواز ہے، اور کسی نمائندے سے بہت زیادہ نہیں مانگا گیا۔
cli-progress-put = { $file } میں { $count ->
    [one] 1 گنتی
   *[other] { $count } گنتیاں
} ڈالی گئیں:

## کمانڈ لائن کی رپورٹیں (cares-cli): `cares report`، `borough`، `highlight`،
## `position` اور `import`۔ لوگوں کے لکھے ہوئے نام جیسے لکھے گئے ویسے ہی آتے ہیں؛
## { $status } پیش رفت کی درجہ بندی کی کلید ہے۔

cli-status-meaning = { $status ->
    [not-started] کام شروع نہیں ہوا
    [red] راستے سے ہٹا ہوا، مدد درکار ہے
    [amber] کچھ پیش رفت، کچھ خدشات
    [green] درست راستے پر
   *[complete] ہو گیا
}
cli-report-page-title = { $title } – پیش رفت کی رپورٹ
cli-report-as-of = پیش رفت کی رپورٹ، { $day } تک۔
cli-report-no-plans = اس دستاویز میں ابھی کوئی ایکشن پلان نہیں۔
cli-report-status-count = { $count } { $status ->
    [not-started] شروع نہیں ہوئے (کام شروع نہیں ہوا)
    [red] سرخ (راستے سے ہٹے ہوئے، مدد درکار ہے)
    [amber] زرد (کچھ پیش رفت، کچھ خدشات)
    [green] سبز (درست راستے پر)
   *[complete] مکمل (ہو گئے)
}
cli-report-statuses = { $actions ->
    [one] 1 اقدام
   *[other] { $actions } اقدامات
}: { $statuses }۔
cli-report-smart = { $actions } میں سے { $smart } کا رہنما، نتیجے کا پیمانہ اور تاریخ ہے۔
cli-report-by-status = حالت کے لحاظ سے پیش رفت
cli-report-status-caption = حالت کے لحاظ سے اقدامات
cli-report-column-status = حالت
cli-report-column-meaning = اس کا مطلب
cli-report-by-section = حصے کے لحاظ سے پیش رفت
cli-report-column-section = حصہ
cli-report-by-area = توجہ کے شعبے کے لحاظ سے پیش رفت
cli-report-by-lead = رہنما کے لحاظ سے پیش رفت
cli-report-overdue = تاخیر شدہ اقدامات
cli-report-nothing-overdue = کوئی اقدام تاخیر کا شکار نہیں۔
cli-report-overdue-caption = وہ اقدامات جن کی تاریخ گزر گئی اور جو مکمل نہیں
cli-report-column-action = اقدام
cli-report-column-what = کیا
cli-report-column-was-due = مقررہ تاریخ تھی
cli-report-no-lead = کوئی رہنما نہیں
cli-report-findings = SMART جائزہ کیا پاتا ہے
cli-report-no-findings = کچھ نہیں: ہر اقدام میں وہ سب ہے جو اسے درکار ہے۔
cli-report-findings-caption = SMART جائزے کے نتائج
cli-report-column-finding = نتیجہ
cli-report-column-how-many = کتنے
cli-report-column-kind = قسم
cli-borough-title = بورو ایک نظر میں
cli-borough-intro = { $plans ->
    [one] 1 منصوبے
   *[other] { $plans } منصوبوں
} میں { $actions ->
    [one] 1 اقدام
   *[other] { $actions } اقدامات
}، { $day } تک۔
cli-borough-by-locality = علاقے کے لحاظ سے پیش رفت
cli-borough-by-locality-caption = علاقے کے لحاظ سے اقدامات
cli-borough-locality-by-area = { $locality }: توجہ کے شعبے کے لحاظ سے
cli-borough-top-findings = جائزہ { $locality } میں سب سے زیادہ کیا پاتا ہے: { $findings }۔
cli-borough-by-organisation = رہنما ادارے کے لحاظ سے پیش رفت
cli-borough-by-organisation-caption = رہنما ادارے کے لحاظ سے اقدامات
cli-borough-also-written = { $name } کو { $others } بھی لکھا جاتا ہے
cli-borough-also-related = { $note }؛ متعلقہ: { $names }
cli-borough-related = { $name } کا تعلق { $names } سے ہے
cli-borough-findings-caption = ہر منصوبے میں SMART جائزے کے نتائج
cli-highlight-markers = پیش رفت کے اشارے
cli-highlight-column-change = تبدیلی
cli-highlight-improvement = { $action } ({ $theme }): { $organisations }
cli-position-who = { $count ->
    [one] 1 ادارہ
   *[other] { $count } ادارے
}: { $organisations }۔
cli-position-theme = { $theme }: { $answered ->
    [yes] { $total } میں سے { $strong } جوابات کہتے ہیں کہ ہم یہ زیادہ تر یا مکمل طور پر کرتے ہیں ({ $percent }%)۔
   *[no] ابھی کسی ادارے نے جواب نہیں دیا۔
}
cli-position-rating = { $rating } { $count }
cli-position-not-answered = جنہوں نے جواب نہیں دیا: { $organisations }
cli-position-to-improve = بہتری کے لیے: { $action } ({ $organisations })
cli-position-weakest = سب سے کمزور: { $themes }۔
cli-import-done = { $table } سے { $output } میں { $sections ->
    [one] 1 حصے
   *[other] { $sections } حصوں
} میں { $actions ->
    [one] 1 اقدام
   *[other] { $actions } اقدامات
} درآمد کیے گئے{ $doubts ->
    [0] {""}
    [one] ؛ جانچنے کی 1 چیز اوپر درج ہے
   *[other] ؛ جانچنے کی { $doubts } چیزیں اوپر درج ہیں
}۔
cli-import-warning-line = انتباہ: { $file }: لائن { $line }: { $problem }
cli-import-warning-cell = انتباہ: { $file }: لائن { $line }، "{ $column }": { $problem }
cli-audit-doubts = نوٹ: { $file } کے { $count } خانے شک کے ساتھ پڑھے گئے؛ `cares import` ان کی فہرست دیتا ہے
cli-export-first-only = نوٹ: { $file } میں { $count } منصوبے ہیں؛ صرف پہلا، "{ $title }"، برآمد کیا گیا

## ایکشن پیک کے بارے میں کور کے الفاظ (cares-core `packs::review`)۔

core-pack-no-steps = اس پیک میں ابھی کوئی قدم نہیں۔ کم از کم ایک ایسا کام شامل کریں جو لوگ کر سکیں۔
core-pack-nothing-local = کوئی مقامی رابطہ، ملنے کی جگہ یا تقریب شامل کریں، تاکہ لوگوں کو معلوم ہو کہ کہاں جائیں۔
core-pack-blank-step = قدم { $step } خالی ہے۔ لکھیں کہ لوگ کیا کر سکتے ہیں، یا اسے ہٹا دیں۔
core-pack-contact-unreachable = لوگ { $name } سے کیسے رابطہ کریں؟ فون نمبر، ای میل پتہ یا ملنے کا وقت شامل کریں۔
core-pack-contact-unreachable-unnamed = لوگ اس رابطے تک کیسے پہنچیں؟ فون نمبر، ای میل پتہ یا ملنے کا وقت شامل کریں۔
core-pack-place-without-address = { $name } کہاں ہے؟ پتہ شامل کریں تاکہ نگہداشت کرنے والے اسے ڈھونڈ سکیں۔
core-pack-place-without-address-unnamed = یہ ملنے کی جگہ کہاں ہے؟ پتہ شامل کریں تاکہ نگہداشت کرنے والے اسے ڈھونڈ سکیں۔
core-pack-event-undated = { $name } کب ہے؟ تاریخ شامل کریں۔
core-pack-event-undated-unnamed = یہ تقریب کب ہے؟ تاریخ شامل کریں۔
core-pack-event-without-place = { $name } کہاں ہے؟ جگہ شامل کریں۔
core-pack-event-without-place-unnamed = یہ تقریب کہاں ہے؟ جگہ شامل کریں۔

## جب نگہداشت کرنے والوں کا نیٹ ورک آپس میں میل نہ کھائے تو کور کے الفاظ (cares-core
## `CarerNetwork::validate`)۔ اندراجات کو شناخت سے پکارا جاتا ہے، کبھی کسی شخص کے نام سے نہیں۔

core-network-duplicate-id = { $kind ->
    [organisation] ادارے
    [locality] علاقے
    [network-group] نیٹ ورک گروپ
    [member] رکن
    [meeting] اجلاس
   *[other] { $kind }
} کی شناخت { $id } ایک سے زیادہ بار استعمال ہوئی ہے (اندراجات { $first } اور { $second }، 0 سے گنتی)
core-network-blank-name = { $kind ->
    [organisation] ادارے
    [locality] علاقے
    [network-group] نیٹ ورک گروپ
    [member] رکن
    [meeting] اجلاس
   *[other] { $kind }
} { $id } کا کوئی نام نہیں
core-network-unknown-locality = نیٹ ورک گروپ { $network } علاقے { $locality } کے لیے ہے، جو نیٹ ورک میں نہیں
core-network-unknown-hub = نیٹ ورک گروپ { $network } گروپ { $hub } کو رپورٹ کرتا ہے، جو نیٹ ورک میں نہیں
core-network-hub-not-strategic = نیٹ ورک گروپ { $network } گروپ { $hub } کو رپورٹ کرتا ہے، جو حکمت عملی گروپ نہیں؛ علاقائی گروپ مرکز کو رپورٹ کرتے ہیں
core-network-unknown-organisation = رکن { $member } ادارے { $organisation } سے ہے، جو نیٹ ورک میں نہیں
core-network-unknown-membership = رکن { $member } نیٹ ورک گروپ { $network } کا حصہ ہے، جو نیٹ ورک میں نہیں
core-network-duplicate-membership = رکن { $member } نیٹ ورک گروپ { $network } کو ایک سے زیادہ بار لکھتا ہے
core-network-unknown-meeting-network = اجلاس { $meeting } نیٹ ورک گروپ { $network } کرتا ہے، جو نیٹ ورک میں نہیں
core-network-ends-before-start = اجلاس { $meeting } { $end } پر ختم ہوتا ہے، جو اس کے شروع ہونے کے وقت { $start } کے بعد نہیں
core-network-unknown-attendee = اجلاس { $meeting } میں رکن { $member } کو حاضر لکھا ہے، جو نیٹ ورک میں نہیں
core-network-duplicate-attendee = اجلاس { $meeting } میں رکن { $member } کو ایک سے زیادہ بار حاضر لکھا ہے
## فائلیں کھولنا: فائل کیا نکلی اور کیا کرنا ہے، اور فائل کھولنے کے خانے

file-not-a-plan = یہ cares کی منصوبہ فائل نہیں ہے۔ منصوبہ فائلوں کے نام ‎.cares.json‎ پر ختم ہوتے ہیں۔
file-cut-short = یہ فائل بیچ میں ختم ہو جاتی ہے: ہو سکتا ہے محفوظ کرتے یا بھیجتے وقت یہ کٹ گئی ہو۔ اگر یہ cares کی منصوبہ فائل ہے تو نئی نقل مانگیں۔
file-damaged = یہ فائل خراب ہے یا cares کی منصوبہ فائل نہیں ہے۔ منصوبہ فائلوں کے نام ‎.cares.json‎ پر ختم ہوتے ہیں؛ اگر یہ ایسی ہی فائل ہے تو نئی نقل مانگیں۔
file-plan-too-large = یہ فائل cares کی کسی بھی منصوبہ فائل سے بہت بڑی ہے۔ دیکھ لیں کہ آپ نے صحیح فائل چنی ہے۔
file-plan-newer = یہ منصوبہ فائل cares کے نئے ورژن نے محفوظ کی تھی۔ cares کو اپ ڈیٹ کریں (براؤزر میں، آن لائن ہوتے ہوئے صفحہ دوبارہ لوڈ کریں)، پھر فائل دوبارہ کھولیں۔
file-plan-changed = یہ منصوبہ فائل cares کے باہر بدلی گئی ہے، اس لیے اسے محفوظ طریقے سے نہیں کھولا جا سکتا۔ cares سے محفوظ کی گئی نئی نقل مانگیں۔
file-table-too-large = یہ اسپریڈشیٹ ایک منصوبے کے لیے بہت بڑی ہے۔ اسے چھوٹی اسپریڈشیٹس میں بانٹ کر ہر ایک کو کھولیں۔
file-table-not-utf8 = یہ اسپریڈشیٹ UTF-8 متن کے طور پر محفوظ نہیں کی گئی۔ اپنے اسپریڈشیٹ پروگرام میں اسے “CSV UTF-8” کے طور پر محفوظ کر کے وہ فائل کھولیں۔
file-table-empty = یہ اسپریڈشیٹ خالی ہے۔ دیکھ لیں کہ آپ نے صحیح فائل چنی ہے۔
file-table-not-actions = { $count ->
    [one] یہ اسپریڈشیٹ اقدامات کی جدول نہیں ہے: اس میں { $columns } کالم نہیں ہے۔ کالموں کے عنوان اس کی پہلی قطار میں لکھیں (cares سے ڈاؤن لوڈ کی گئی اسپریڈشیٹ میں سب ہوتے ہیں)، پھر اسے دوبارہ کھولیں۔
   *[other] یہ اسپریڈشیٹ اقدامات کی جدول نہیں ہے: اس میں { $columns } کالم نہیں ہیں۔ کالموں کے عنوان اس کی پہلی قطار میں لکھیں (cares سے ڈاؤن لوڈ کی گئی اسپریڈشیٹ میں سب ہوتے ہیں)، پھر اسے دوبارہ کھولیں۔
}
file-table-row-broken = اس اسپریڈشیٹ کی سطر { $line } اس کے کالموں کے عنوانات سے میل نہیں کھاتی۔ اسے اپنے اسپریڈشیٹ پروگرام میں کھولیں، دوبارہ CSV کے طور پر محفوظ کریں، اور وہ فائل کھولیں۔
file-table-cell-too-long = سطر { $line } پر ایک خانہ (کالم “{ $column }”) cares کے لیے بہت لمبا ہے۔ اسے چھوٹا کریں، پھر فائل دوبارہ کھولیں۔
file-workbook-too-large = یہ ورک بک کھولنے کے لیے بہت بڑی ہے۔ اقدامات کی جدول کو الگ سے نئی ورک بک میں محفوظ کر کے وہ کھولیں۔
file-workbook-not-xlsx = یہ ایکسل ورک بک (‎.xlsx‎) نہیں ہے۔ اپنے اسپریڈشیٹ پروگرام میں اسے “Excel Workbook (.xlsx)” کے طور پر محفوظ کر کے وہ کھولیں۔
file-workbook-password = اس ورک بک پر پاس ورڈ لگا ہے، اس لیے cares اسے نہیں پڑھ سکتا۔ اپنے اسپریڈشیٹ پروگرام میں پاس ورڈ ہٹائیں، محفوظ کریں، اور دوبارہ کھولیں۔
file-workbook-damaged = یہ ورک بک خراب ہے۔ اسے اپنے اسپریڈشیٹ پروگرام میں کھولیں، دوبارہ ‎.xlsx‎ کے طور پر محفوظ کریں، اور وہ کھولیں۔
file-workbook-no-sheet = اس ورک بک میں اقدامات کی کوئی شیٹ نہیں ہے۔ اقدامات کی جدول اس کی پہلی شیٹ پر رکھ کر دوبارہ کھولیں۔
file-workbook-too-wide = شیٹ “{ $sheet }” کی قطار { $row } میں اقدامات کی جدول سے بہت دائیں طرف متن ہے۔ وہ متن ہٹائیں یا مٹائیں، محفوظ کریں، اور ورک بک دوبارہ کھولیں۔
open-file-not-read = یہ فائل نہیں کھل سکی: { $why }۔
open-file-details = تفصیل
open-file-reading = فائل پڑھی جا رہی ہے…
open-file-hint-plans = اس ایپ سے محفوظ کی گئی منصوبہ فائل چنیں۔ اس کا نام ‎.cares.json‎ پر ختم ہوتا ہے۔
open-file-hint-plans-and-tables = اس ایپ سے محفوظ کی گئی منصوبہ فائل چنیں (اس کا نام ‎.cares.json‎ پر ختم ہوتا ہے)، یا اقدامات کی اسپریڈشیٹ (‎.xlsx‎، یا CSV کے طور پر محفوظ)، جو نیا منصوبہ بن جاتی ہے۔
open-file-label = منصوبہ فائل کھولیں
open-file-unchanged = اس آلے پر کچھ نہیں بدلا۔
open-file-not-kept = یہ فائل نہیں کھل سکی: { $reason }۔ اس آلے پر کچھ نہیں بدلا۔
open-file-copy-of-plan = یہ فائل اسی منصوبے کی نقل ہے۔
open-file-already-here = “{ $title }” پہلے سے اس آلے پر ہے۔
open-file-merge = ان کی تبدیلیاں میری تبدیلیوں میں ملائیں
open-file-cancel = منسوخ کریں
open-file-go-to-plan = منصوبے پر جائیں
open-file-merged = { $count ->
    [one] ملا دیا گیا: 1 نئی تبدیلی۔
   *[other] ملا دیا گیا: { $count } نئی تبدیلیاں۔
}
someone-file-label = کسی اور کی فائل کھولیں
someone-file-unchanged = آپ کا منصوبہ نہیں بدلا۔
someone-file-plan-closed = یہ منصوبہ بند ہے
someone-file-not-saved = فائل کا منصوبہ محفوظ نہیں ہو سکا: { $reason }۔ آپ کا منصوبہ نہیں بدلا۔
someone-file-not-removed = فائل کا منصوبہ محفوظ ہو گیا ہے، لیکن یہ منصوبہ ہٹایا نہیں جا سکا: { $reason }۔
someone-file-cannot-merge = یہ فائل اسی منصوبے کی نقل ہے، لیکن دونوں کو ملایا نہیں جا سکتا: { $reason }۔ اس کے بجائے آپ اسے الگ منصوبے کے طور پر کھول سکتے ہیں۔
someone-file-open-separate = اسے الگ منصوبے کے طور پر کھولیں
someone-file-different = یہ فائل ایک مختلف منصوبہ ہے۔
someone-file-called = اس کا نام “{ $title }” ہے۔
someone-file-replace = اس منصوبے کی جگہ یہ رکھیں

## شیئر کا صفحہ، منصوبے کا لنک، اور شیئر کیا گیا لنک کھولنا

share-page-no-plan = پہلے کوئی منصوبہ کھولیں۔
share-page-title = شیئر کریں اور نقل رکھیں
share-page-copy-title = نقل رکھیں
share-page-copy-intro = آپ کا منصوبہ صرف اسی آلے پر محفوظ ہے۔ اسے محفوظ رکھنے کے لیے، یا کسی کو بھیجنے کے لیے، نقل ڈاؤن لوڈ کریں۔ وہ اسے اسی ایپ میں کھول سکتے ہیں۔
share-page-spreadsheet-title = اسپریڈشیٹ
share-page-spreadsheet-intro = کونسل کی ایکشن پلان ورک بک کے کالموں میں اقدامات، CSV کے طور پر یا ایکسل ورک بک کے طور پر جس میں درجے اپنے رنگوں میں ہوں۔
share-page-their-copy-title = کسی اور کی نقل
share-page-their-copy-intro = اگر کسی نے آپ کو منصوبے کی اپنی نقل بھیجی ہے تو اسے یہاں کھولیں۔ کچھ بدلنے سے پہلے آپ چنتے ہیں کہ کیا ہو۔
share-link-title = لنک کے ذریعے شیئر کریں
share-link-intro = اس منصوبے کی نقل سرور پر رکھیں اور اس کا لنک لیں۔ جس کے پاس بھی لنک ہو وہ منصوبہ کھول سکتا ہے، اس لیے اسے صرف ان لوگوں کو بھیجیں جن کے ساتھ آپ کام کرتے ہیں۔
share-link-make = لنک بنائیں
share-link-made = لنک بن گیا۔ اسے کاپی کر کے ان لوگوں کو بھیجیں جن کے ساتھ آپ کام کرتے ہیں۔
share-link-label = اس منصوبے کا لنک
share-link-hint = یہ منصوبے کو ویسا ہی کھولتا ہے جیسا وہ لنک بنتے وقت تھا۔
share-link-copy = لنک کاپی کریں
share-link-copied = لنک کاپی ہو گیا۔
share-link-not-copied = اس براؤزر نے لنک کاپی نہیں کیا۔ لنک چن لیا گیا ہے: اسے خانے سے کاپی کریں۔
share-link-stop = شیئر کرنا بند کریں
share-link-stop-question = اس منصوبے کو شیئر کرنا بند کریں؟
share-link-stop-explained = سرور اپنی نقل مٹا دیتا ہے، اور لنک ہر اس شخص کے لیے کام کرنا بند کر دیتا ہے جس کے پاس وہ ہے۔ آپ کا منصوبہ اس آلے پر رہتا ہے، اور جو نقلیں لوگ پہلے کھول چکے ہیں وہ ان کے آلوں پر رہتی ہیں۔
share-link-stop-yes = جی ہاں، شیئر کرنا بند کریں
share-link-stop-no = شیئر کرتے رہیں
share-link-stopped = شیئر کرنا بند ہو گیا۔ لنک اب یہ منصوبہ نہیں کھولتا۔
shared-link-title = شیئر کیا گیا منصوبہ
shared-link-opening = شیئر کیا گیا منصوبہ کھل رہا ہے…
shared-link-unreadable = شیئر کیا گیا منصوبہ پڑھا نہیں جا سکا: { $reason }۔
shared-link-other-plan = اس لنک نے ایک مختلف منصوبہ کھولا۔ لنک دوبارہ مانگیں۔
shared-link-not-kept = شیئر کیا گیا منصوبہ اس آلے پر رکھا نہیں جا سکا: { $reason }۔
shared-link-merged = { $count ->
    [0] یہ منصوبہ پہلے سے اس آلے پر ہے، شیئر کی گئی نقل کی ہر تبدیلی کے ساتھ۔
    [one] یہ منصوبہ پہلے سے اس آلے پر ہے۔ شیئر کی گئی نقل سے 1 تبدیلی شامل کی گئی۔
   *[other] یہ منصوبہ پہلے سے اس آلے پر ہے۔ شیئر کی گئی نقل سے { $count } تبدیلیاں شامل کی گئیں۔
}
shared-link-open-plan = منصوبہ کھولیں

## فارم کے خانے: متن کی حد، آلے پر رکھے گئے مسودے، اور تاریخ کا کیلنڈر بٹن

form-paste-cut = اس خانے میں زیادہ سے زیادہ { $limit } حروف آ سکتے ہیں، اس لیے آپ کے چسپاں کیے گئے متن کے صرف پہلے { $kept } حروف شامل کیے گئے اور باقی { $dropped } چھوڑ دیے گئے۔ وہ اب بھی آپ کے کاپی کیے گئے متن میں موجود ہیں۔
form-count = { $limit } میں سے { $length } حروف
form-field-full = { $limit } میں سے { $length } حروف: خانہ بھر گیا ہے
form-draft-put-back = یہ وہ ہے جو آپ نے پہلے یہاں لکھا تھا؛ یہ اس آلے پر رکھا گیا تھا اور ابھی منصوبے میں محفوظ نہیں ہوا۔
date-calendar-name = { $label }: کیلنڈر سے چنیں
