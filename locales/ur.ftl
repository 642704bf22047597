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
finding-phrase-vague-action = ایک مقصد، یہ نہیں کہ کیا ہوگا
