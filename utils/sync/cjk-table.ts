/**
 * The characters that the compact text codec (cjk-text.ts) writes as two ASCII characters:
 * GB2312 row 1 (CJK punctuation), row 3 (full-width forms) and rows 16–87 (the 6,763 common
 * hanzi), in GB2312 code order, without ASCII and without duplicates — 6956 characters.
 * Generated once with TextDecoder('gbk') in Node 20 and frozen here: the index of a character
 * is part of the storage.sync format, so this table must never change (a new table needs a new
 * encoding version).
 */
export const CJK_TABLE =
  '　、。·ˉˇ¨〃々—～‖…‘’“”〔〕〈〉《》「」『』〖〗【】±×÷∶∧∨∑∏∪∩∈∷√⊥∥∠⌒⊙∫∮≡≌≈∽∝≠≮≯≤≥∞∵∴♂♀°′″℃＄¤￠￡‰§№☆★○●◎◇◆□■△▲※→←↑↓〓' +
  '！＂＃￥％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝￣' +
  '啊阿埃挨哎唉哀皑癌蔼矮艾碍爱隘鞍氨安俺按暗岸胺案肮昂盎凹敖熬翱袄傲奥懊澳芭捌扒叭吧笆八疤巴拔跋靶把耙坝霸罢爸白柏百摆佰败拜稗斑班搬扳般颁板版扮拌伴瓣半办绊邦帮梆榜膀绑棒磅蚌镑傍谤苞胞包褒剥' +
  '薄雹保堡饱宝抱报暴豹鲍爆杯碑悲卑北辈背贝钡倍狈备惫焙被奔苯本笨崩绷甭泵蹦迸逼鼻比鄙笔彼碧蓖蔽毕毙毖币庇痹闭敝弊必辟壁臂避陛鞭边编贬扁便变卞辨辩辫遍标彪膘表鳖憋别瘪彬斌濒滨宾摈兵冰柄丙秉饼炳' +
  '病并玻菠播拨钵波博勃搏铂箔伯帛舶脖膊渤泊驳捕卜哺补埠不布步簿部怖擦猜裁材才财睬踩采彩菜蔡餐参蚕残惭惨灿苍舱仓沧藏操糙槽曹草厕策侧册测层蹭插叉茬茶查碴搽察岔差诧拆柴豺搀掺蝉馋谗缠铲产阐颤昌猖' +
  '场尝常长偿肠厂敞畅唱倡超抄钞朝嘲潮巢吵炒车扯撤掣彻澈郴臣辰尘晨忱沉陈趁衬撑称城橙成呈乘程惩澄诚承逞骋秤吃痴持匙池迟弛驰耻齿侈尺赤翅斥炽充冲虫崇宠抽酬畴踌稠愁筹仇绸瞅丑臭初出橱厨躇锄雏滁除楚' +
  '础储矗搐触处揣川穿椽传船喘串疮窗幢床闯创吹炊捶锤垂春椿醇唇淳纯蠢戳绰疵茨磁雌辞慈瓷词此刺赐次聪葱囱匆从丛凑粗醋簇促蹿篡窜摧崔催脆瘁粹淬翠村存寸磋撮搓措挫错搭达答瘩打大呆歹傣戴带殆代贷袋待逮' +
  '怠耽担丹单郸掸胆旦氮但惮淡诞弹蛋当挡党荡档刀捣蹈倒岛祷导到稻悼道盗德得的蹬灯登等瞪凳邓堤低滴迪敌笛狄涤翟嫡抵底地蒂第帝弟递缔颠掂滇碘点典靛垫电佃甸店惦奠淀殿碉叼雕凋刁掉吊钓调跌爹碟蝶迭谍叠' +
  '丁盯叮钉顶鼎锭定订丢东冬董懂动栋侗恫冻洞兜抖斗陡豆逗痘都督毒犊独读堵睹赌杜镀肚度渡妒端短锻段断缎堆兑队对墩吨蹲敦顿囤钝盾遁掇哆多夺垛躲朵跺舵剁惰堕蛾峨鹅俄额讹娥恶厄扼遏鄂饿恩而儿耳尔饵洱二' +
  '贰发罚筏伐乏阀法珐藩帆番翻樊矾钒繁凡烦反返范贩犯饭泛坊芳方肪房防妨仿访纺放菲非啡飞肥匪诽吠肺废沸费芬酚吩氛分纷坟焚汾粉奋份忿愤粪丰封枫蜂峰锋风疯烽逢冯缝讽奉凤佛否夫敷肤孵扶拂辐幅氟符伏俘服' +
  '浮涪福袱弗甫抚辅俯釜斧脯腑府腐赴副覆赋复傅付阜父腹负富讣附妇缚咐噶嘎该改概钙盖溉干甘杆柑竿肝赶感秆敢赣冈刚钢缸肛纲岗港杠篙皋高膏羔糕搞镐稿告哥歌搁戈鸽胳疙割革葛格蛤阁隔铬个各给根跟耕更庚羹' +
  '埂耿梗工攻功恭龚供躬公宫弓巩汞拱贡共钩勾沟苟狗垢构购够辜菇咕箍估沽孤姑鼓古蛊骨谷股故顾固雇刮瓜剐寡挂褂乖拐怪棺关官冠观管馆罐惯灌贯光广逛瑰规圭硅归龟闺轨鬼诡癸桂柜跪贵刽辊滚棍锅郭国果裹过哈' +
  '骸孩海氦亥害骇酣憨邯韩含涵寒函喊罕翰撼捍旱憾悍焊汗汉夯杭航壕嚎豪毫郝好耗号浩呵喝荷菏核禾和何合盒貉阂河涸赫褐鹤贺嘿黑痕很狠恨哼亨横衡恒轰哄烘虹鸿洪宏弘红喉侯猴吼厚候后呼乎忽瑚壶葫胡蝴狐糊湖' +
  '弧虎唬护互沪户花哗华猾滑画划化话槐徊怀淮坏欢环桓还缓换患唤痪豢焕涣宦幻荒慌黄磺蝗簧皇凰惶煌晃幌恍谎灰挥辉徽恢蛔回毁悔慧卉惠晦贿秽会烩汇讳诲绘荤昏婚魂浑混豁活伙火获或惑霍货祸击圾基机畸稽积箕' +
  '肌饥迹激讥鸡姬绩缉吉极棘辑籍集及急疾汲即嫉级挤几脊己蓟技冀季伎祭剂悸济寄寂计记既忌际妓继纪嘉枷夹佳家加荚颊贾甲钾假稼价架驾嫁歼监坚尖笺间煎兼肩艰奸缄茧检柬碱硷拣捡简俭剪减荐槛鉴践贱见键箭件' +
  '健舰剑饯渐溅涧建僵姜将浆江疆蒋桨奖讲匠酱降蕉椒礁焦胶交郊浇骄娇嚼搅铰矫侥脚狡角饺缴绞剿教酵轿较叫窖揭接皆秸街阶截劫节桔杰捷睫竭洁结解姐戒藉芥界借介疥诫届巾筋斤金今津襟紧锦仅谨进靳晋禁近烬浸' +
  '尽劲荆兢茎睛晶鲸京惊精粳经井警景颈静境敬镜径痉靖竟竞净炯窘揪究纠玖韭久灸九酒厩救旧臼舅咎就疚鞠拘狙疽居驹菊局咀矩举沮聚拒据巨具距踞锯俱句惧炬剧捐鹃娟倦眷卷绢撅攫抉掘倔爵觉决诀绝均菌钧军君峻' +
  '俊竣浚郡骏喀咖卡咯开揩楷凯慨刊堪勘坎砍看康慷糠扛抗亢炕考拷烤靠坷苛柯棵磕颗科壳咳可渴克刻客课肯啃垦恳坑吭空恐孔控抠口扣寇枯哭窟苦酷库裤夸垮挎跨胯块筷侩快宽款匡筐狂框矿眶旷况亏盔岿窥葵奎魁傀' +
  '馈愧溃坤昆捆困括扩廓阔垃拉喇蜡腊辣啦莱来赖蓝婪栏拦篮阑兰澜谰揽览懒缆烂滥琅榔狼廊郎朗浪捞劳牢老佬姥酪烙涝勒乐雷镭蕾磊累儡垒擂肋类泪棱楞冷厘梨犁黎篱狸离漓理李里鲤礼莉荔吏栗丽厉励砾历利傈例俐' +
  '痢立粒沥隶力璃哩俩联莲连镰廉怜涟帘敛脸链恋炼练粮凉梁粱良两辆量晾亮谅撩聊僚疗燎寥辽潦了撂镣廖料列裂烈劣猎琳林磷霖临邻鳞淋凛赁吝拎玲菱零龄铃伶羚凌灵陵岭领另令溜琉榴硫馏留刘瘤流柳六龙聋咙笼窿' +
  '隆垄拢陇楼娄搂篓漏陋芦卢颅庐炉掳卤虏鲁麓碌露路赂鹿潞禄录陆戮驴吕铝侣旅履屡缕虑氯律率滤绿峦挛孪滦卵乱掠略抡轮伦仑沦纶论萝螺罗逻锣箩骡裸落洛骆络妈麻玛码蚂马骂嘛吗埋买麦卖迈脉瞒馒蛮满蔓曼慢漫' +
  '谩芒茫盲氓忙莽猫茅锚毛矛铆卯茂冒帽貌贸么玫枚梅酶霉煤没眉媒镁每美昧寐妹媚门闷们萌蒙檬盟锰猛梦孟眯醚靡糜迷谜弥米秘觅泌蜜密幂棉眠绵冕免勉娩缅面苗描瞄藐秒渺庙妙蔑灭民抿皿敏悯闽明螟鸣铭名命谬摸' +
  '摹蘑模膜磨摩魔抹末莫墨默沫漠寞陌谋牟某拇牡亩姆母墓暮幕募慕木目睦牧穆拿哪呐钠那娜纳氖乃奶耐奈南男难囊挠脑恼闹淖呢馁内嫩能妮霓倪泥尼拟你匿腻逆溺蔫拈年碾撵捻念娘酿鸟尿捏聂孽啮镊镍涅您柠狞凝宁' +
  '拧泞牛扭钮纽脓浓农弄奴努怒女暖虐疟挪懦糯诺哦欧鸥殴藕呕偶沤啪趴爬帕怕琶拍排牌徘湃派攀潘盘磐盼畔判叛乓庞旁耪胖抛咆刨炮袍跑泡呸胚培裴赔陪配佩沛喷盆砰抨烹澎彭蓬棚硼篷膨朋鹏捧碰坯砒霹批披劈琵毗' +
  '啤脾疲皮匹痞僻屁譬篇偏片骗飘漂瓢票撇瞥拼频贫品聘乒坪苹萍平凭瓶评屏坡泼颇婆破魄迫粕剖扑铺仆莆葡菩蒲埔朴圃普浦谱曝瀑期欺栖戚妻七凄漆柒沏其棋奇歧畦崎脐齐旗祈祁骑起岂乞企启契砌器气迄弃汽泣讫掐' +
  '恰洽牵扦钎铅千迁签仟谦乾黔钱钳前潜遣浅谴堑嵌欠歉枪呛腔羌墙蔷强抢橇锹敲悄桥瞧乔侨巧鞘撬翘峭俏窍切茄且怯窃钦侵亲秦琴勤芹擒禽寝沁青轻氢倾卿清擎晴氰情顷请庆琼穷秋丘邱球求囚酋泅趋区蛆曲躯屈驱渠' +
  '取娶龋趣去圈颧权醛泉全痊拳犬券劝缺炔瘸却鹊榷确雀裙群然燃冉染瓤壤攘嚷让饶扰绕惹热壬仁人忍韧任认刃妊纫扔仍日戎茸蓉荣融熔溶容绒冗揉柔肉茹蠕儒孺如辱乳汝入褥软阮蕊瑞锐闰润若弱撒洒萨腮鳃塞赛三叁' +
  '伞散桑嗓丧搔骚扫嫂瑟色涩森僧莎砂杀刹沙纱傻啥煞筛晒珊苫杉山删煽衫闪陕擅赡膳善汕扇缮墒伤商赏晌上尚裳梢捎稍烧芍勺韶少哨邵绍奢赊蛇舌舍赦摄射慑涉社设砷申呻伸身深娠绅神沈审婶甚肾慎渗声生甥牲升绳' +
  '省盛剩胜圣师失狮施湿诗尸虱十石拾时什食蚀实识史矢使屎驶始式示士世柿事拭誓逝势是嗜噬适仕侍释饰氏市恃室视试收手首守寿授售受瘦兽蔬枢梳殊抒输叔舒淑疏书赎孰熟薯暑曙署蜀黍鼠属术述树束戍竖墅庶数漱' +
  '恕刷耍摔衰甩帅栓拴霜双爽谁水睡税吮瞬顺舜说硕朔烁斯撕嘶思私司丝死肆寺嗣四伺似饲巳松耸怂颂送宋讼诵搜艘擞嗽苏酥俗素速粟僳塑溯宿诉肃酸蒜算虽隋随绥髓碎岁穗遂隧祟孙损笋蓑梭唆缩琐索锁所塌他它她塔' +
  '獭挞蹋踏胎苔抬台泰酞太态汰坍摊贪瘫滩坛檀痰潭谭谈坦毯袒碳探叹炭汤塘搪堂棠膛唐糖倘躺淌趟烫掏涛滔绦萄桃逃淘陶讨套特藤腾疼誊梯剔踢锑提题蹄啼体替嚏惕涕剃屉天添填田甜恬舔腆挑条迢眺跳贴铁帖厅听烃' +
  '汀廷停亭庭挺艇通桐酮瞳同铜彤童桶捅筒统痛偷投头透凸秃突图徒途涂屠土吐兔湍团推颓腿蜕褪退吞屯臀拖托脱鸵陀驮驼椭妥拓唾挖哇蛙洼娃瓦袜歪外豌弯湾玩顽丸烷完碗挽晚皖惋宛婉万腕汪王亡枉网往旺望忘妄威' +
  '巍微危韦违桅围唯惟为潍维苇萎委伟伪尾纬未蔚味畏胃喂魏位渭谓尉慰卫瘟温蚊文闻纹吻稳紊问嗡翁瓮挝蜗涡窝我斡卧握沃巫呜钨乌污诬屋无芜梧吾吴毋武五捂午舞伍侮坞戊雾晤物勿务悟误昔熙析西硒矽晰嘻吸锡牺' +
  '稀息希悉膝夕惜熄烯溪汐犀檄袭席习媳喜铣洗系隙戏细瞎虾匣霞辖暇峡侠狭下厦夏吓掀锨先仙鲜纤咸贤衔舷闲涎弦嫌显险现献县腺馅羡宪陷限线相厢镶香箱襄湘乡翔祥详想响享项巷橡像向象萧硝霄削哮嚣销消宵淆晓' +
  '小孝校肖啸笑效楔些歇蝎鞋协挟携邪斜胁谐写械卸蟹懈泄泻谢屑薪芯锌欣辛新忻心信衅星腥猩惺兴刑型形邢行醒幸杏性姓兄凶胸匈汹雄熊休修羞朽嗅锈秀袖绣墟戌需虚嘘须徐许蓄酗叙旭序畜恤絮婿绪续轩喧宣悬旋玄' +
  '选癣眩绚靴薛学穴雪血勋熏循旬询寻驯巡殉汛训讯逊迅压押鸦鸭呀丫芽牙蚜崖衙涯雅哑亚讶焉咽阉烟淹盐严研蜒岩延言颜阎炎沿奄掩眼衍演艳堰燕厌砚雁唁彦焰宴谚验殃央鸯秧杨扬佯疡羊洋阳氧仰痒养样漾邀腰妖瑶' +
  '摇尧遥窑谣姚咬舀药要耀椰噎耶爷野冶也页掖业叶曳腋夜液一壹医揖铱依伊衣颐夷遗移仪胰疑沂宜姨彝椅蚁倚已乙矣以艺抑易邑屹亿役臆逸肄疫亦裔意毅忆义益溢诣议谊译异翼翌绎茵荫因殷音阴姻吟银淫寅饮尹引隐' +
  '印英樱婴鹰应缨莹萤营荧蝇迎赢盈影颖硬映哟拥佣臃痈庸雍踊蛹咏泳涌永恿勇用幽优悠忧尤由邮铀犹油游酉有友右佑釉诱又幼迂淤于盂榆虞愚舆余俞逾鱼愉渝渔隅予娱雨与屿禹宇语羽玉域芋郁吁遇喻峪御愈欲狱育誉' +
  '浴寓裕预豫驭鸳渊冤元垣袁原援辕园员圆猿源缘远苑愿怨院曰约越跃钥岳粤月悦阅耘云郧匀陨允运蕴酝晕韵孕匝砸杂栽哉灾宰载再在咱攒暂赞赃脏葬遭糟凿藻枣早澡蚤躁噪造皂灶燥责择则泽贼怎增憎曾赠扎喳渣札轧' +
  '铡闸眨栅榨咋乍炸诈摘斋宅窄债寨瞻毡詹粘沾盏斩辗崭展蘸栈占战站湛绽樟章彰漳张掌涨杖丈帐账仗胀瘴障招昭找沼赵照罩兆肇召遮折哲蛰辙者锗蔗这浙珍斟真甄砧臻贞针侦枕疹诊震振镇阵蒸挣睁征狰争怔整拯正政' +
  '帧症郑证芝枝支吱蜘知肢脂汁之织职直植殖执值侄址指止趾只旨纸志挚掷至致置帜峙制智秩稚质炙痔滞治窒中盅忠钟衷终种肿重仲众舟周州洲诌粥轴肘帚咒皱宙昼骤珠株蛛朱猪诸诛逐竹烛煮拄瞩嘱主著柱助蛀贮铸筑' +
  '住注祝驻抓爪拽专砖转撰赚篆桩庄装妆撞壮状椎锥追赘坠缀谆准捉拙卓桌琢茁酌啄着灼浊兹咨资姿滋淄孜紫仔籽滓子自渍字鬃棕踪宗综总纵邹走奏揍租足卒族祖诅阻组钻纂嘴醉最罪尊遵昨左佐柞做作坐座' +
  '亍丌兀丐廿卅丕亘丞鬲孬噩丨禺丿匕乇夭爻卮氐囟胤馗毓睾鼗丶亟鼐乜乩亓芈孛啬嘏仄厍厝厣厥厮靥赝匚叵匦匮匾赜卦卣刂刈刎刭刳刿剀剌剞剡剜蒯剽劂劁劐劓冂罔亻仃仉仂仨仡仫仞伛仳伢佤仵伥伧伉伫佞佧攸佚佝' +
  '佟佗伲伽佶佴侑侉侃侏佾佻侪佼侬侔俦俨俪俅俚俣俜俑俟俸倩偌俳倬倏倮倭俾倜倌倥倨偾偃偕偈偎偬偻傥傧傩傺僖儆僭僬僦僮儇儋仝氽佘佥俎龠汆籴兮巽黉馘冁夔勹匍訇匐凫夙兕亠兖亳衮袤亵脔裒禀嬴蠃羸冫冱冽冼' +
  '凇冖冢冥讠讦讧讪讴讵讷诂诃诋诏诎诒诓诔诖诘诙诜诟诠诤诨诩诮诰诳诶诹诼诿谀谂谄谇谌谏谑谒谔谕谖谙谛谘谝谟谠谡谥谧谪谫谮谯谲谳谵谶卩卺阝阢阡阱阪阽阼陂陉陔陟陧陬陲陴隈隍隗隰邗邛邝邙邬邡邴邳邶邺' +
  '邸邰郏郅邾郐郄郇郓郦郢郜郗郛郫郯郾鄄鄢鄞鄣鄱鄯鄹酃酆刍奂劢劬劭劾哿勐勖勰叟燮矍廴凵凼鬯厶弁畚巯坌垩垡塾墼壅壑圩圬圪圳圹圮圯坜圻坂坩垅坫垆坼坻坨坭坶坳垭垤垌垲埏垧垴垓垠埕埘埚埙埒垸埴埯埸埤埝' +
  '堋堍埽埭堀堞堙塄堠塥塬墁墉墚墀馨鼙懿艹艽艿芏芊芨芄芎芑芗芙芫芸芾芰苈苊苣芘芷芮苋苌苁芩芴芡芪芟苄苎芤苡茉苷苤茏茇苜苴苒苘茌苻苓茑茚茆茔茕苠苕茜荑荛荜茈莒茼茴茱莛荞茯荏荇荃荟荀茗荠茭茺茳荦荥' +
  '荨茛荩荬荪荭荮莰荸莳莴莠莪莓莜莅荼莶莩荽莸荻莘莞莨莺莼菁萁菥菘堇萘萋菝菽菖萜萸萑萆菔菟萏萃菸菹菪菅菀萦菰菡葜葑葚葙葳蒇蒈葺蒉葸萼葆葩葶蒌蒎萱葭蓁蓍蓐蓦蒽蓓蓊蒿蒺蓠蒡蒹蒴蒗蓥蓣蔌甍蔸蓰蔹蔟蔺' +
  '蕖蔻蓿蓼蕙蕈蕨蕤蕞蕺瞢蕃蕲蕻薤薨薇薏蕹薮薜薅薹薷薰藓藁藜藿蘧蘅蘩蘖蘼廾弈夼奁耷奕奚奘匏尢尥尬尴扌扪抟抻拊拚拗拮挢拶挹捋捃掭揶捱捺掎掴捭掬掊捩掮掼揲揸揠揿揄揞揎摒揆掾摅摁搋搛搠搌搦搡摞撄摭撖' +
  '摺撷撸撙撺擀擐擗擤擢攉攥攮弋忒甙弑卟叱叽叩叨叻吒吖吆呋呒呓呔呖呃吡呗呙吣吲咂咔呷呱呤咚咛咄呶呦咝哐咭哂咴哒咧咦哓哔呲咣哕咻咿哌哙哚哜咩咪咤哝哏哞唛哧唠哽唔哳唢唣唏唑唧唪啧喏喵啉啭啁啕唿啐唼' +
  '唷啖啵啶啷唳唰啜喋嗒喃喱喹喈喁喟啾嗖喑啻嗟喽喾喔喙嗪嗷嗉嘟嗑嗫嗬嗔嗦嗝嗄嗯嗥嗲嗳嗌嗍嗨嗵嗤辔嘞嘈嘌嘁嘤嘣嗾嘀嘧嘭噘嘹噗嘬噍噢噙噜噌噔嚆噤噱噫噻噼嚅嚓嚯囔囗囝囡囵囫囹囿圄圊圉圜帏帙帔帑帱帻帼' +
  '帷幄幔幛幞幡岌屺岍岐岖岈岘岙岑岚岜岵岢岽岬岫岱岣峁岷峄峒峤峋峥崂崃崧崦崮崤崞崆崛嵘崾崴崽嵬嵛嵯嵝嵫嵋嵊嵩嵴嶂嶙嶝豳嶷巅彳彷徂徇徉後徕徙徜徨徭徵徼衢彡犭犰犴犷犸狃狁狎狍狒狨狯狩狲狴狷猁狳猃狺' +
  '狻猗猓猡猊猞猝猕猢猹猥猬猸猱獐獍獗獠獬獯獾舛夥飧夤夂饣饧饨饩饪饫饬饴饷饽馀馄馇馊馍馐馑馓馔馕庀庑庋庖庥庠庹庵庾庳赓廒廑廛廨廪膺忄忉忖忏怃忮怄忡忤忾怅怆忪忭忸怙怵怦怛怏怍怩怫怊怿怡恸恹恻恺恂' +
  '恪恽悖悚悭悝悃悒悌悛惬悻悱惝惘惆惚悴愠愦愕愣惴愀愎愫慊慵憬憔憧憷懔懵忝隳闩闫闱闳闵闶闼闾阃阄阆阈阊阋阌阍阏阒阕阖阗阙阚丬爿戕氵汔汜汊沣沅沐沔沌汨汩汴汶沆沩泐泔沭泷泸泱泗沲泠泖泺泫泮沱泓泯泾' +
  '洹洧洌浃浈洇洄洙洎洫浍洮洵洚浏浒浔洳涑浯涞涠浞涓涔浜浠浼浣渚淇淅淞渎涿淠渑淦淝淙渖涫渌涮渫湮湎湫溲湟溆湓湔渲渥湄滟溱溘滠漭滢溥溧溽溻溷滗溴滏溏滂溟潢潆潇漤漕滹漯漶潋潴漪漉漩澉澍澌潸潲潼潺濑' +
  '濉澧澹澶濂濡濮濞濠濯瀚瀣瀛瀹瀵灏灞宀宄宕宓宥宸甯骞搴寤寮褰寰蹇謇辶迓迕迥迮迤迩迦迳迨逅逄逋逦逑逍逖逡逵逶逭逯遄遑遒遐遨遘遢遛暹遴遽邂邈邃邋彐彗彖彘尻咫屐屙孱屣屦羼弪弩弭艴弼鬻屮妁妃妍妩妪妣' +
  '妗姊妫妞妤姒妲妯姗妾娅娆姝娈姣姘姹娌娉娲娴娑娣娓婀婧婊婕娼婢婵胬媪媛婷婺媾嫫媲嫒嫔媸嫠嫣嫱嫖嫦嫘嫜嬉嬗嬖嬲嬷孀尕尜孚孥孳孑孓孢驵驷驸驺驿驽骀骁骅骈骊骐骒骓骖骘骛骜骝骟骠骢骣骥骧纟纡纣纥纨纩' +
  '纭纰纾绀绁绂绉绋绌绐绔绗绛绠绡绨绫绮绯绱绲缍绶绺绻绾缁缂缃缇缈缋缌缏缑缒缗缙缜缛缟缡缢缣缤缥缦缧缪缫缬缭缯缰缱缲缳缵幺畿巛甾邕玎玑玮玢玟珏珂珑玷玳珀珉珈珥珙顼琊珩珧珞玺珲琏琪瑛琦琥琨琰琮琬' +
  '琛琚瑁瑜瑗瑕瑙瑷瑭瑾璜璎璀璁璇璋璞璨璩璐璧瓒璺韪韫韬杌杓杞杈杩枥枇杪杳枘枧杵枨枞枭枋杷杼柰栉柘栊柩枰栌柙枵柚枳柝栀柃枸柢栎柁柽栲栳桠桡桎桢桄桤梃栝桕桦桁桧桀栾桊桉栩梵梏桴桷梓桫棂楮棼椟椠棹' +
  '椤棰椋椁楗棣椐楱椹楠楂楝榄楫榀榘楸椴槌榇榈槎榉楦楣楹榛榧榻榫榭槔榱槁槊槟榕槠榍槿樯槭樗樘橥槲橄樾檠橐橛樵檎橹樽樨橘橼檑檐檩檗檫猷獒殁殂殇殄殒殓殍殚殛殡殪轫轭轱轲轳轵轶轸轷轹轺轼轾辁辂辄辇辋' +
  '辍辎辏辘辚軎戋戗戛戟戢戡戥戤戬臧瓯瓴瓿甏甑甓攴旮旯旰昊昙杲昃昕昀炅曷昝昴昱昶昵耆晟晔晁晏晖晡晗晷暄暌暧暝暾曛曜曦曩贲贳贶贻贽赀赅赆赈赉赇赍赕赙觇觊觋觌觎觏觐觑牮犟牝牦牯牾牿犄犋犍犏犒挈挲掰' +
  '搿擘耄毪毳毽毵毹氅氇氆氍氕氘氙氚氡氩氤氪氲攵敕敫牍牒牖爰虢刖肟肜肓肼朊肽肱肫肭肴肷胧胨胩胪胛胂胄胙胍胗朐胝胫胱胴胭脍脎胲胼朕脒豚脶脞脬脘脲腈腌腓腴腙腚腱腠腩腼腽腭腧塍媵膈膂膑滕膣膪臌朦臊膻' +
  '臁膦欤欷欹歃歆歙飑飒飓飕飙飚殳彀毂觳斐齑斓於旆旄旃旌旎旒旖炀炜炖炝炻烀炷炫炱烨烊焐焓焖焯焱煳煜煨煅煲煊煸煺熘熳熵熨熠燠燔燧燹爝爨灬焘煦熹戾戽扃扈扉礻祀祆祉祛祜祓祚祢祗祠祯祧祺禅禊禚禧禳忑忐' +
  '怼恝恚恧恁恙恣悫愆愍慝憩憝懋懑戆肀聿沓泶淼矶矸砀砉砗砘砑斫砭砜砝砹砺砻砟砼砥砬砣砩硎硭硖硗砦硐硇硌硪碛碓碚碇碜碡碣碲碹碥磔磙磉磬磲礅磴礓礤礞礴龛黹黻黼盱眄眍盹眇眈眚眢眙眭眦眵眸睐睑睇睃睚睨' +
  '睢睥睿瞍睽瞀瞌瞑瞟瞠瞰瞵瞽町畀畎畋畈畛畲畹疃罘罡罟詈罨罴罱罹羁罾盍盥蠲钅钆钇钋钊钌钍钏钐钔钗钕钚钛钜钣钤钫钪钭钬钯钰钲钴钶钷钸钹钺钼钽钿铄铈铉铊铋铌铍铎铐铑铒铕铖铗铙铘铛铞铟铠铢铤铥铧铨铪' +
  '铩铫铮铯铳铴铵铷铹铼铽铿锃锂锆锇锉锊锍锎锏锒锓锔锕锖锘锛锝锞锟锢锪锫锩锬锱锲锴锶锷锸锼锾锿镂锵镄镅镆镉镌镎镏镒镓镔镖镗镘镙镛镞镟镝镡镢镤镥镦镧镨镩镪镫镬镯镱镲镳锺矧矬雉秕秭秣秫稆嵇稃稂稞稔' +
  '稹稷穑黏馥穰皈皎皓皙皤瓞瓠甬鸠鸢鸨鸩鸪鸫鸬鸲鸱鸶鸸鸷鸹鸺鸾鹁鹂鹄鹆鹇鹈鹉鹋鹌鹎鹑鹕鹗鹚鹛鹜鹞鹣鹦鹧鹨鹩鹪鹫鹬鹱鹭鹳疒疔疖疠疝疬疣疳疴疸痄疱疰痃痂痖痍痣痨痦痤痫痧瘃痱痼痿瘐瘀瘅瘌瘗瘊瘥瘘瘕瘙' +
  '瘛瘼瘢瘠癀瘭瘰瘿瘵癃瘾瘳癍癞癔癜癖癫癯翊竦穸穹窀窆窈窕窦窠窬窨窭窳衤衩衲衽衿袂袢裆袷袼裉裢裎裣裥裱褚裼裨裾裰褡褙褓褛褊褴褫褶襁襦襻疋胥皲皴矜耒耔耖耜耠耢耥耦耧耩耨耱耋耵聃聆聍聒聩聱覃顸颀颃' +
  '颉颌颍颏颔颚颛颞颟颡颢颥颦虍虔虬虮虿虺虼虻蚨蚍蚋蚬蚝蚧蚣蚪蚓蚩蚶蛄蚵蛎蚰蚺蚱蚯蛉蛏蚴蛩蛱蛲蛭蛳蛐蜓蛞蛴蛟蛘蛑蜃蜇蛸蜈蜊蜍蜉蜣蜻蜞蜥蜮蜚蜾蝈蜴蜱蜩蜷蜿螂蜢蝽蝾蝻蝠蝰蝌蝮螋蝓蝣蝼蝤蝙蝥螓螯螨蟒' +
  '蟆螈螅螭螗螃螫蟥螬螵螳蟋蟓螽蟑蟀蟊蟛蟪蟠蟮蠖蠓蟾蠊蠛蠡蠹蠼缶罂罄罅舐竺竽笈笃笄笕笊笫笏筇笸笪笙笮笱笠笥笤笳笾笞筘筚筅筵筌筝筠筮筻筢筲筱箐箦箧箸箬箝箨箅箪箜箢箫箴篑篁篌篝篚篥篦篪簌篾篼簏簖簋' +
  '簟簪簦簸籁籀臾舁舂舄臬衄舡舢舣舭舯舨舫舸舻舳舴舾艄艉艋艏艚艟艨衾袅袈裘裟襞羝羟羧羯羰羲籼敉粑粝粜粞粢粲粼粽糁糇糌糍糈糅糗糨艮暨羿翎翕翥翡翦翩翮翳糸絷綦綮繇纛麸麴赳趄趔趑趱赧赭豇豉酊酐酎酏酤' +
  '酢酡酰酩酯酽酾酲酴酹醌醅醐醍醑醢醣醪醭醮醯醵醴醺豕鹾趸跫踅蹙蹩趵趿趼趺跄跖跗跚跞跎跏跛跆跬跷跸跣跹跻跤踉跽踔踝踟踬踮踣踯踺蹀踹踵踽踱蹉蹁蹂蹑蹒蹊蹰蹶蹼蹯蹴躅躏躔躐躜躞豸貂貊貅貘貔斛觖觞觚觜' +
  '觥觫觯訾謦靓雩雳雯霆霁霈霏霎霪霭霰霾龀龃龅龆龇龈龉龊龌黾鼋鼍隹隼隽雎雒瞿雠銎銮鋈錾鍪鏊鎏鐾鑫鱿鲂鲅鲆鲇鲈稣鲋鲎鲐鲑鲒鲔鲕鲚鲛鲞鲟鲠鲡鲢鲣鲥鲦鲧鲨鲩鲫鲭鲮鲰鲱鲲鲳鲴鲵鲶鲷鲺鲻鲼鲽鳄鳅鳆鳇鳊鳋' +
  '鳌鳍鳎鳏鳐鳓鳔鳕鳗鳘鳙鳜鳝鳟鳢靼鞅鞑鞒鞔鞯鞫鞣鞲鞴骱骰骷鹘骶骺骼髁髀髅髂髋髌髑魅魃魇魉魈魍魑飨餍餮饕饔髟髡髦髯髫髻髭髹鬈鬏鬓鬟鬣麽麾縻麂麇麈麋麒鏖麝麟黛黜黝黠黟黢黩黧黥黪黯鼢鼬鼯鼹鼷鼽鼾齄';

/**
 * Static Huffman model of policy/news Chinese for packWords (cjk-text.ts), format-frozen like CJK_TABLE.
 * Symbols, in this order: end-of-text, escape, printable ASCII (0x20-0x7e), CJK_TABLE, SYNC_MODEL_WORDS.
 * SYNC_MODEL_CODE_LENGTHS holds each symbol's code length as one letter (64 + length); codes are
 * canonical (ordered by length, then symbol index). Built from the word frequencies of jieba 0.42.1
 * dict.txt (Debian python3-jieba; largely People's Daily text): the 3,000 most frequent words of 2+
 * table characters, character frequencies of every other word, plus fixed shares for punctuation and
 * digits (jieba has none). Built from general frequencies, not from any benchmark text.
 */
export const SYNC_MODEL_WORDS =
  '一个 中国 我们 他们 自己 没有 国家 可以 发展 工作 这个 什么 主要 问题 进行 地方 已经 这样 全国 经济 这些 不是 公司 人民 社会 知道 这种 起来 地区 如果 开始 技术 重要 美国 成为 因为 通过 研究 文化 企业 ' +
  '北京 历史 世界 其中 现在 天安门 不能 一些 时间 生产 情况 代表 决定 湖北 关系 领导 生活 时候 一种 可能 出来 学生 以及 石首 一般 同时 认为 由于 所以 不同 这里 学院 两个 作为 会议 但是 部分 活动 需要 怎么' +
  ' 管理 方面 市场 组织 工业 建设 形成 其他 出现 许多 日本 之间 一定 具有 城市 人民代表大会 以上 政治 人们 委员会 发现 记者 国际 规定 机关 武汉 虽然 根据 法律 影响 包括 发生 使用 中心 教育 要求 政府 因此 ' +
  '人口 建立 参加 产品 武汉市 而且 一样 面积 各种 提出 我国 作用 皇帝 必须 行政 编辑 职业 制度 以后 你们 说道 世纪 为了 应该 之一 之后 主席 系统 有关 组成 民族 基本 增长 自然 大学 如何 政体 各级 人员 计划' +
  ' 不会 产生 时期 最后 一次 表示 机构 当时 大家 特别 改革 长江 那么 这么 东西 能力 湖北省 革命 一直 基础 还有 得到 进入 运动 目前 对于 过程 方法 举行 群众 第一 单位 如此 孩子 所有 资源 过去 不过 条件 学' +
  '校 提高 工程 环境 提供 方式 百科 报告 或者 下来 军事 部门 分别 十分 上海 完成 一切 那些 最大 然后 农业 经过 专业 准备 增加 获得 旅游 一声 觉得 一起 理论 今天 非常 中央 比较 表现 价值 国务院 科技 完全 ' +
  '亿元 有些 存在 达到 内容 实行 思想 事情 实现 甚至 人民政府 任务 选举 形式 原来 有人 突然 不断 咱们 变化 心中 直接 战争 可是 不知 政策 不要 资本 继续 年代 期间 位于 任何 权力 那个 执行 先生 解决 建筑 能' +
  '够 自治区 称为 结构 一点 成立 英国 社会主义 统一 先进 结果 投资 后来 一下 水平 保护 主任 关于 负责 制定 艺术 利用 于是 学习 合作 科学 看到 项目 不敢 襄阳 几个 那里 公里 服务 精神 人大 全省 当然 个人 超' +
  '过 重点 很多 原因 及其 公民 希望 新闻 设计 相关 国内 分布 最高 部队 它们 集团 信息 采用 重大 回来 范围 引起 实际 其实 不仅 取得 丰富 农民 整个 为主 了解 价格 甚么 地位 这时 劳动 按照 控制 目标 基地 农' +
  '村 传统 受到 全部 法国 比赛 军队 土地 规模 荆州 眼睛 左右 选择 批准 身上 专家 分析 统治 加强 不到 铁路 百度 每年 告诉 支持 交通 明白 处理 本级 作战 时代 皇上 实施 只要 成功 办法 随着 之中 进一步 心里 ' +
  '终于 大量 人物 共同 全国人民代表大会 下去 多少 来说 严重 词条 接受 收入 以来 城邦 声音 意见 过来 保持 今日 一条 发言人 另外 坚持 工人 汽车 而是 敌人 商品 说话 改变 先后 力量 事业 开发 看见 战略 标准 是否' +
  ' 中华人民共和国 出去 今年 报道 程度 国民党 平均 消息 还是 安全 独立 注意 机会 韦小宝 父亲 此外 这次 经验 采取 喜欢 根本 领域 具体 联系 几乎 干部 印度 如今 大会 不可 兄弟 德国 阶段 为什么 感到 无法 宪法 ' +
  '似乎 原则 真正 法规 斗争 人类 目的 造成 一位 反对 儿子 相同 以前 著名 众人 建议 迅速 全面 正是 明显 就是 欧洲 作品 首先 集中 正式 朋友 第二 召开 材料 帮助 飞机 委员 行动 保证 现象 特点 现代 实际上 资料' +
  ' 毛泽东 同志 行为 结束 直辖市 介绍 只见 胜利 认识 人数 姑娘 积极 家庭 之前 更加 回答 武器 那样 应用 市长 来到 设立 产业 公路 人才 意义 台湾 容易 长期 一句 大道 扩大 官员 调整 考虑 联合 并且 自由 仍然 ' +
  '拥有 民主 专门 附近 一天 师父 结合 清楚 说明 稳定 古代 三个 此时 物质 电话 网络 利益 然而 很大 不少 中学 开放 调查 人家 重新 广泛 分为 知识 别人 综合 出口 动物 速度 总理 脸上 用于 设备 女人 股东 作出 ' +
  '展开 措施 通常 电子 方向 导弹 小时 平民 行业 特色 货币 完善 地理 功能 香港 巨大 发表 性质 母亲 质量 命令 和平 监督 一年 身体 面前 武功 位置 体系 越来越 逐渐 指出 安排 权利 训练 考试 指挥 却是 指导 发布' +
  ' 除了 从而 感觉 努力 机场 业务 植物 同样 状态 人民代表大会常务委员会 二人 银行 书记 治疗 一阵 所谓 这位 反应 语言 忽然 当年 以下 找到 青年 宣布 恢复 离开 困难 事件 哪里 实在 见到 装备 某些 其它 问道 万元' +
  ' 检察院 平原 经营 多年 往往 苏联 广场 解释 因素 队伍 教授 医院 怎样 男人 双方 减少 考生 当地 多种 经常 各地 生物 平方千米 南京 海军 外交部 真是 心想 外国 财产 全市 本来 两种 有效 尤其 一边 用户 方案 进' +
  '攻 常委会 机械 参与 充分 从事 尽管 特殊 又称 一块 手段 生命 便是 体育 居民 天安门广场 生长 内部 立即 简单 一片 全国人大常委会 数量 有时 开展 文学 进来 决议 显示 属于 也许 中国共产党 气候 一只 来自 还要 相' +
  '信 确定 投入 一面 普通 看着 公元 去年 文章 手中 心理 女儿 封建 图片 创造 总统 促进 大型 带来 教师 竟然 较大 看来 若干 反映 每个 每天 食品 坐在 文明 相当 变成 资金 放在 毫米 中间 夫人 相对 大陆 职权 西' +
  '方 不再 第一次 导致 对方 应当 人民法院 讨论 即使 金融 爱国 证明 制造 构成 老师 担任 区域 一座 院长 计算机 家里 错误 曾经 保障 天安门城楼 创作 强调 连续 运输 看看 分钟 主张 商业 高速 有限公司 真的 只能 天' +
  '下 贸易 不得 境内 体制 因而 例如 财政 肯定 成绩 一件 音乐 建成 回去 难道 接着 正确 现代化 石首市 以为 处于 大臣 高度 复杂 社区 身子 回到 媒体 俄罗斯 地面 分子 总是 意思 东北 销售 弟子 未来 等等 重视 压' +
  '力 良好 到底 各个 最终 战斗 航空 之下 一级 里面 数学 全国人民代表大会常务委员会 毕业 竞争 宗教 比例 健康 适应 她们 出版 故事 责任 面对 将军 粮食 政权 各国 类型 发挥 听说 遗址 南北 立刻 亚洲 正常 女子 培养' +
  ' 就业 大小 秘书长 明确 优势 好像 一场 至少 人士 晚上 特征 确实 贡献 实验 高级 想到 关键 一眼 周围 难以 样子 本报 帝国主义 自治州 一张 相互 是不是 部长 身边 广州 三年 之外 蒙古 发出 只有 比如 理解 刚才 ' +
  '不足 南部 程序 加上 西北 父母 一中 适当 留下 李自成 研制 省级 发达 东部 全国人大 品种 愿意 道路 类似 空军 行使 细胞 空间 形势 西部 小说 妇女 股份 维护 公布 名称 只好 检查 化学 任期 儿童 矛盾 本身 规划 ' +
  '状况 一家 实践 成长 需求 分配 多次 一致 西南 一时 既然 贵族 高兴 全体 美元 统计 事务 体现 名字 不了 产量 始终 最近 长安 英雄 从此 同意 一步 海拔 掌握 普遍 宜昌 招生 攻击 天然 不错 亲自 一旦 相应 观点 ' +
  '实力 中部 听到 再次 更是 突出 全球 条例 人大代表 公元前 经历 进步 上述 抗日 绝对 修改 优秀 至于 河流 发动 审议 计算 数据 关注 女性 职工 资本主义 必要 朝廷 不肯 表明 委员长 主持 常常 遇到 在于 消费 欢迎 ' +
  '想起 日子 条约 协议 公开 行政区划 限制 现实 武昌 强烈 早已 的话 衣服 太阳 河南 广大 正在 胖子 很快 态度 不好 交流 万吨 前面 森林 显然 有所 闯王 一部分 撤销 千米 破坏 双手 江南 阅读 上面 工资 纷纷 北部 ' +
  '种类 无论 深入 推进 石油 进去 地上 效果 团体 倘若 年轻 核心 电影 纺织 形象 果然 意识 常务 显得 规律 平等 山东 加工 只是 洪山区 两侧 列为 加入 大部分 解放 新华社 逐步 担心 下降 电视 表面 工具 第三 网站 ' +
  '制作 设施 天津 成果 各项 预算 寡头 紧张 手机 令狐冲 一系列 势力 记载 外交 搜狐 众多 一把 年底 文物 宣传 日常 检察长 一名 高中 严格 令人 不管 领导人 满足 推动 下午 地下 昨天 随后 认真 大声 生于 成员 明代' +
  ' 创新 不久 遭到 培训 持续 数字 游客 试验 阶级 似的 发射 文字 天门 来看 城楼 公园 空中 软件 习惯 事实 地球 一半 刚刚 手里 武装 不但 任免 张居正 不想 意大利 距离 永远 年间 互相 人大常委会 一段 妻子 妈妈 ' +
  '眼前 元年 对象 听见 四个 变得 彻底 毕竟 快速 朝鲜 失败 临时 一批 利润 多数 那时 路线 其余 划分 唯一 坦克 尚书 概念 来源 充满 降低 四大 慢慢 老人 符合 发布会 小姐 哲学 轻轻 北平 老板 这件 同学 校名 山地' +
  ' 美军 那种 办公室 率领 录取 矿产 当下 别的 咨询 小龙 几天 伸手 五年 各自 自身 判断 哥哥 失去 危机 后面 配合 大事 增强 卫生 金属 成本 文件 加以 丈夫 必然 财富 首都 此后 购买 东南 公共 医生 素质 打击 改' +
  '善 生态 广东 人生 一带 改为 方针 红色 承认 英语 象征 少数 设置 爆发 飞行 具备 学者 否则 对外 性命 故道 疾病 随即 不禁 大明 百姓 缺乏 院校 功夫 成分 伟大 投票 闭会 完整 机制 起义 几年 国民经济 打开 村委' +
  '会 考察 皇城 答应 演出 相比 最早 观念 营养 运用 行者 职务 本人 面临 第一个 吸收 流通 现场 协调 抓住 海洋 对手 承担 交易 原料 自治县 邓小平 是从 针对 外面 争取 发育 桃花 事物 风险 奴隶 少年 召集 叫做 推' +
  '出 教学 作者 化工 论坛 出席 贷款 东方 再也 理想 游行 究竟 下面 危险 年均 上来 平衡 清代 大规模 寻找 非洲 和尚 不必 兴趣 温度 团结 转移 国民 省长 患者 机器 中共中央 病人 宝玉 威胁 而言 两次 奇怪 相反 厘' +
  '米 估计 情绪 密切 出发 招聘 一道 大学生 传播 合理 民间 主人 点头 大约 长江大桥 依据 放心 国外 江夏区 北方 厉害 本行政区域 改造 明朝 固定 太监 停止 移动 一支 强大 秘密 前提 避免 休息 街道 高校 推荐 夏天 ' +
  '伊朗 产值 并非 模式 年龄 性能 演习 感情 审判 维持 费用 志愿 太庙 客户 尚未 已有 极大 适合 王朝 一页 校长 一口 更新 这儿 首次 宫廷 整体 自治 四川 区别 资产阶级 及时 地方性 门外 左手 风格 巴黎 江陵 早期 ' +
  '员工 上升 版本 成熟 几句 南方 涉及 两年 空气 国防 旁边 操作 药物 近年来 负责人 方便 全身 门口 候选人 有点 不在 局面 银子 突破 由此 建造 各类 士兵 一份 康熙 两位 转化 议会 开发区 心情 回头 帝国 十年 县级' +
  ' 独特 湖南 公斤 依然 微笑 标志 棉花 战士 十堰 大多数 规范 平台 成就 升级 新型 交换 拒绝 证券 大人 合同 直播 日期 战场 高考 统治者 喝道 崇祯 股权 渐渐 军警 明清 一番 废除 走向 从来 反而 平时 多个 举办 ' +
  '算是 简称 装置 公主 此次 沿海 痛苦 重庆 加速 不行 主动 损失 转变 共产党 市民 之上 平方公里 劳动力 发行 接近 备案 重建 一生 医疗 使得 国有 湖泊 加快 审查 生存 评价 规则 记录 工厂 脸色 累计 大大 祖国 阳光' +
  ' 右手 时刻 著作 客人 以外 医学 给予 原始 学科 典型 仪式 电脑 上去 医药 满意 到处 做法 立场 害怕 进口 补充 运行 北京市 地址 支付 资格 优良 日军 韩国 国家级 博士 传说 少数民族 居住 采访 目光 食物 动力 占' +
  '领 另一方面 防止 太太 土壤 异常 依照 作家 民族乡 行情 恐怕 某种 人马 接触 总结 有着 动作 种种 幸福 背景 原种 江苏 死亡 理由 部署 集体 大概 同一 毕业生 至今 年纪 人体 武当山 国王 年度 观察 吸引 所说 做出' +
  ' 手术 案件 道理 全年 初步 解放军 最佳 小学 总人口 相似 大桥 极为 仅仅 可惜 总额 男子 博物馆 签订 不由得 此刻 很少 原理 点亮 引用 明天 高原 大门 关心 等于 邀请 转身 授予 陆军 两者 水产 一大 允许 角度 大' +
  '多 早就 上级 资产 赶快 道德 黄河 剩下 眼见 改进 说法 春秋 电力 亿美元 值得 海上 真实 职能 改称 吩咐 学术 品牌 交给 科研 低声 分类 季节 一会儿 上市 系列 回家 日益 色彩 房子 河北 微微 设有 放弃 之所以 一' +
  '会 冠军 居然 此事 万亩 选民 坚决 研究所 远远 同年 打算 登时 依靠 皇后 协会 这场 适用 谈判 消费者 云南 队员 中共 太子 通知 当即 个别 仿佛 仙桃 命运 小组 基金 永乐 到达 颜色 不得不 头发 三峡 投降 第四 分' +
  '享 陕西 十堰市 上午 表演 访问 黄金 地图 而已 种植 建国 一股 动手 吃饭 荆州市 华北 有利于 保存 走出 罗马 周恩来 消失 抗战 网页 再说 追求 大哥 露出 卫星 动态 熟悉 取消 人均 今后 流行 取出 合法 趋势 地势 ' +
  '本次 用来 美丽 过渡 第二次 深刻 向前 繁殖 风味 浙江 奶奶 地质 每次 这般 小子 犯罪 午门 老婆 表达 家长 等待 通信 仔细 最初 遗产 老百姓 八年 头上 鱼类 要是 听取 一部 风景 将领 联合国 衙门 批评 侵略 人民币' +
  ' 结婚 正义 所在地 社稷 后者 门前 前进 提名 决策 爹爹 初期 官兵 顺利 一方面 最为 公众 袁承志 首页 高速公路 包含 演员 礼部 秩序 自动 根据地 称号 雷达 广告 含量 编制 客观 股票 更为 贯彻 一路 只得 合并 秘书' +
  ' 当选 前来 游戏 注重 两岸 议案 激烈 一类 太后 港口 主意 多么 文艺 据说 模型 埃及 西班牙 银鱼 主管 潜艇 药品 反复 或是 航线 大军 荣誉 观众 一项 无人 刺激 未必 前后 自然保护区 黄冈 申请 摇头 宋江 最新 宜' +
  '昌市 含有 大师 笔架 本科 主体 绿色 哪些 得名 忍不住 一套 防御 气温 不用 商人 有限 中原 流域 大清 红军 热情 将来 自我 人工 蒋介石 山区 各部 味道 想着 杭州 制成 推广 深圳 片刻 立法 途径 公安 所在 好吃 次' +
  '数 省内 诗人 享受 积累 科学家 流动 四周 战役 授权 没想到 一招 一根 其次 成都 一齐 预计 享有 地处 治理 课程 暂时 皮肤 一层 经理 马克思主义 发明 白色 战术 事实上 县长 执政 对付 江湖 君主 出于 姐姐 走进 万' +
  '公顷 内阁 出身 党中央 冲突 排列 战国 骑兵 夫妇 军人 少女 袁世凯 全世界 太平洋 显著 之际 投诉 报纸 婚姻 校园 人人 落后 基本上 物理 黄石 就算 长沙 商量 路上 只怕 不许 激动 大街 山西 古老 政协 读者 企图 工' +
  '艺 污染 能量 身份 声明 做到 协定 大典 纪念 这话 总面积 现有 养殖 主题 新疆 海外 伊拉克 简介 扩展 准确 到来 汉白玉 盆地 地震 正好 降水量 天气 四年 联盟 一度 探索 富有 不够 函数 主力 即将 图案 胡秉宸 万岁' +
  ' 面试 中华民族 好好 学会 保险 学位 指示 王国 信心 储量 眼泪 要素 俄国 调节 情形 感受 气氛 呼吸 半天 李鸿章 修建 供应 挑战 建有 钢铁 气体 组合 爱情 自主 丝毫 赶紧 地带 抵触 提醒 紧急 透露 参考 西藏 佛教' +
  ' 江西 洞庭湖 坐下 测量 进程 延伸 文化大革命 十五 发动机 热带 禁止 继承 有力 第二天 领袖 西安 兴奋 循环 资本家 武昌区 事项 沟通 近代 初中 表决 友好 可见 两只 做好 希腊 总数 足够 男性 常见 形态 想法 后期 ' +
  '大叫 无不 讲话 连接 收费 提到 差不多 截止 症状 吴三桂 记得 检察 东京 颁布 高新技术 几次 详细 前往 返回 司法 大力 优质 开国 怀疑 战斗机 酒店 与其 性格 影片 不如 大批 快乐 手指 司令 总量 提升 码头 总体 构' +
  '造 最高人民法院 场所 网上 朱元璋 一回 看法 房间 不让 说完 毫无 顺治 黑暗 职位 丘陵 自从 随时 之类 临床 之内 正门 政党 任职 指标 留在 悠久 更好 董事会 市区 县市 爸爸 兵力 总产值 辐射 杂志 确立 光绪 总督 ' +
  '中华 保留 测试 效率 相继 私人 变革 小心 局部 沉重 景点 谈话 乾隆 木材 中央人民政府 所属 当前 予以 最低 合适 当真 此人 镇压 灵魂 扩张 分裂 选手 两天 主义 生气 江泽民 将士 出售 结论 密度 忘记 曹操 轨道 一' +
  '对 无数 个体 李高成 姑姑 决心 高手 草原 出入 信号 受伤 无产阶级 品德 教主 一遍 伸出 老爷 上涨 共和国 像是 迎接 尊重 安装 腐败 引进 不论 把握 鼓励 人群 搜索 最高人民检察院 随州 专题 差别 外资 千万 有没有 ' +
  '依法 地点 命名 国家机关 简直 始建 何况 慈禧 有机 较为 被迫 读书 各省 行政区 倾向 领土 有权 英文 战胜 频率 布局 病毒 传来 生成 黑色 一处 言语 输出 军阀 一下子 荷兰 怎么样 黄石市 洛阳 想象 二年 在内 就要 ' +
  '特产 陛下 周期 自行 科学技术 军官 实验室 岗位 城乡 办事 沉默 退出 宇宙 法院 当中 指数 分离 诏书 单独 剩余价值 原子 如同 工作人员 消除 马上 照片 意味着 一顿 接待 鄂西 竟是 组成部分 胸口 民政 牺牲 选出 婆婆' +
  ' 文库 流通股 身后 布置 一身 有利 嘉靖 他人 描述 与此同时 混合 原有 顿时 感染 障碍 桌上 一日 神色 签署 基督教 收拾 大厅 加大 占有 故意 下岗 唐代 院子 亚热带 合成 脑袋 城里 代替 五一 历代 两条 般的 常用 ' +
  '正阳门 不见 排名 目录 示威 询问 伦敦 长老 同事 哪儿 住房 球队 分成 半个 反抗 反动 旅行社 能源 转过 批判 昨日 冷笑 得以 思维 好处 那天 落实 为何 思考 攻关 夫妻 遭受 教训 适宜 大夫 展示 武林 门户 三分 投' +
  '资者 千步 意外 愤怒 差异 深处 起身 城镇 当局 沙漠 指着 提前 郧阳 紧紧 青岛 消灭 见面 评论 效益 节目 赋予 懂得 水中 只不过 物资 正当 内地 宫女 尽量 福建 戏剧 转向 一门 土司 孙中山 策略 中期 体内 以便 反' +
  '正 彼此 急忙 夺取 普查 江汉平原 引导 创办 尸体 麋鹿 局长 照顾 暗暗 模样 口味 城门 如下 抗日战争 无疑 陆续 荆门 妹妹 林区 请求 不变 兴建 主持人 说出 日前 城内 上下 争夺 办理 汉子 名叫 耳朵 施工 释放 得知' +
  ' 水面 同比 的确 乡村 人力 发起 高等 开辟 口径 明星 通道 主权 大都 战机 凡是 群岛 老子 车程 防空 刑部 效应 既有 黄色 义和团 宫殿 神农架 联赛 没什么 侦察 一方 神秘 走上 京城 前者 导演 节日 服从 官军 官吏' +
  ' 一代 国土 孝感 以北 低于 整顿 蛋白质 示范区 经典 考研 考核 又名 当初 脚步 棋盘 光荣 阿哥 南海 陈家洛 季度 蔬菜 连忙 也好 黑鱼 内心 繁荣 下令 印象 历来 缓缓 覆盖 爷爷 鱼肚 会上 上年 即便 不免 权威 进士' +
  ' 庄严 长剑 全都 聪明 加拿大 中华人民共和国中央军事委员会 特定 围绕 本质 小小的 义务 逻辑 麻烦 平面 床上 论述 航海 随便 一个个 一颗 北京大学 澳大利亚 线路 代码 表情 精彩 桌子 南京市 诞生 收购 课题 河道 足球 ' +
  '以色列 意志 旅游区 种子 概况 一群 不停 万美元 回族 瞧瞧 正要 生产力 近日 仅次于 想要 当日 不下 舞蹈 中国队 声响 干涉 汉族 岩石 入侵 辛亥革命 双眼 职司 总部 不住 并未 沿革 派出 热闹 进展 为首 部落 翻译 创' +
  '建 巩固 预防 形状 所长 祭祀 便宜 改名 预测 各位 等级 相连 眼光 取代 海藻 东汉 宣告 汉口 评为 混乱 列入 嘴里 名牌 极其 庆典 支援 老太太 太空 基层 爆炸 王琦瑶 神经 更名 深深 业绩 大致 天地 信任 冲击 基因' +
  ' 玻璃 部位 场合 平方米 遵守 人选 舞台 满脸 出生 打破 轻松 参观 万平方米 委托 悬挂 师傅 研发 局势 任命 赶到 步兵 确保 市委 带有 热烈 神情 三级 光华 南路 学说 航运 血液 依次 精品 俱乐部 图册 城墙 损害 鲜' +
  '血 李莫愁 石头 平日 集合 以往 剑法 水力 缺少 侍卫 全长 兴起 可怕 理性 共和 负担 那儿 代理 平静 特性 直升机 知识分子 频繁 州长 手臂 话题 人间 不良 每日 会见 手上 日月 配套 生产总值 不该 号称 街头 拿出 一' +
  '口气 这时候 维生素 整理 边缘 深度 城中 屋里 为止 大气 姓名 眼下 原本 宋代 年轻人 观看 却说 推行 漂亮 通往 对待 广播 携带 画家 公告 那位 家族 帝王 本地 法制 一副 一头 负责制 明日 元素 法庭 说不定 山脉 视' +
  '为 侵略者 澳门 聚集 车辆 支配 上海市 信仰 炮弹 可怜 相当于 陷入 前辈 面向 大米 无比 渔业 经费 清朝 总经理 省直 带领 关闭 回国 抬头 沿岸 请愿 情报 国内外 摆脱 外贸 承诺 藏族 两名 事儿 手法 送到 宫中 绘画' +
  ' 利害 心头 装甲 贫困 不满 纤维 世上 亲兵 伊斯兰教 湖南省 街上 何必 服装 火箭 论文 哪个 射击 江夏 党员 协助 媳妇 那边 房屋 器官 角色 东湖 抵抗 哈哈 安徽 二级 省委 不幸 增加值 恩施 通用 五个 工匠 干净 改' +
  '建 水系 阿拉伯 十八年 当作 天天 当今 渠道 遭遇 我军 视频 古墓 接过 达成 什么样 天空 或许 才能 中外 名城 市场经济 管辖 子女 扩建 能否 马朝旭 采购 个个 职责 兵刃 议事 首领 感动 舰队 鱼苗 光芒 老者 封锁 食' +
  '用 可用 疼痛 买卖 尽快 选拔 武装力量 舆论 人为 南京长江大桥 重复 回过 大学士 欣赏 律师 号召 行省 名单 定义 收到 财务 一辈子 不利 景观 十五年 宣言 莫斯科 研究生 经济特区 边界 比重 互联网';

export const SYNC_MODEL_CODE_LENGTHS =
  'EOPPPPPLPPPPPPPPLPJJJJJJJJJJPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPZGFLZZZZZLZZMZZIIMMZZII' +
  'ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZLZZZZZZJJZZEZZZZZZZZZZZZZIIZZZLZZZZZZZZZZZZZZZZZZ' +
  'ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZLLMOPOOSNROOOKQPNJOLMMPLRNQPROSQOMQOQTPQLRKQKNPPJQOOLOJNKMVMMTNLNPNNLMNOMPK' +
  'LQMMRNOONQQOPRRNLRNMRKMNLMKMOPNMNNNJNLMQMQLQRJMOJPOQQPQQNNKOLOOSONPTNPQMPOLOMNMRNKLPOJKPNNPNLOTKQPKSPOPONSKMNPPOPKJORNNQ' +
  'LMOORQLQOOPPNPMOPMQGKLPJONNMMJMQPMMLONLPMPNPOONPLMQONLPMMNLLQNOQLLSSLPLPNNSQQQQSOPKOOMQKNKINMLPNMOLOPKPMOONKNNQPQSMONNRL' +
  'LOPOKJPJMMLOPNLQRQKOMPMNQNONQNMOOQMLMMOMOOQQONNOPOOLIQOQQQSLMPNQRNJPMLSKLOOPMQMNLMQQPNLQOOPMPPPSOMOMNOLJMNKPPSNINONPPNQQ' +
  'PPPNOSPROLLNPPQOOMNKMQJHNPQMKRKONLOPPMMLRSMOPJQMPLMJNKMNLOQKLQLIOQINKIHQMLIOPNNLNNLPPQRQMLHOJLLMOORPQJMQOJPOMROPLRSMRQMN' +
  'PKNNPPPQOMOPOLOQJNNJMNNJPPSOLPOLOMPRIMLRLMOPOMRNKNQLLOKLPNOKIOMPOMRQPQQQIMQNOPOQQPQPOMLQOLPQPLOMIKMKPSJRJNQNOPJSPPNMOQQM' +
  'MNKOLOMLONNJPLLOONNKNKOLMORQONOLOPTQJOOOQMNLQNPMLQNMMJNRONNPMMMNLPOQNOPMPNMNLMRLPOONNOPPQPKNNKNNKNMPMMMLTMMOPQQKLNOMPKMN' +
  'QQNMKRMPNLMPQNMMQSPIORNMQNLLLPOPPQNMOKQNMQIJJLKNJQPRPPJLLNQLOJLORPNNKONNQMQMNNPPPQOPMNMKRLLLLLMOONROMQOOMNKKNLKMOONNJLPP' +
  'MPOLOPOMPRNONLSTNOMMILOILPMJRQLPQQRMMOMPMOOPQOPPQMKQNLQQMNPINJNOLNRLOGLKOTSJRNONNOKOJNMNOMNNNOPONLMPKONNPLMILNMPOPLQONKP' +
  'MPLMOLJPKQMLMJKPQMNMMLPIMLNNQRORPOMNKQQQLOOONQPPMMNOPQKMONQNPPQIQMPPNQNMNNMPLMKLJONMNLPLJPPLQNOMLQMQOPLKPONKJLNQKQKNKNNQ' +
  'LPMRNMRLNOKLLMMPMLMQNNIKRPNLPLPLLNNOLMMQKOMNNNRQMPNSPPMPOMPQNPOJONLMMLRNPQKOOIOKONPLLOOLPNPMNKNPPOPPSPQLQLQOPOKQNKKPNKMR' +
  'LMMOKRNNQONLKNNPQKMNTQLONNJKMPLMLOKTMMKROLMMQOQMQLLKRJMMLNLLMMMROMNNPQPMNTSLQKLSLLROQHQRPRSLPPLPOLQMOLMLMQPNMNOLOPPPPMPR' +
  'RQNROLLPLLNOJMONQQMQOOMPJQQOONNOPNJMPRQLPPLQNMRQOPONKNOIOKMLMNQPPOPKMMMRJNPOMOLOMOOPQNRLPUKLMQRNOLPOONPUPQPPQQOOONPNONQM' +
  'PKOONNMNINMQNNNRLPUPMOPNOQSNNMNMOLNJQPRQQMLMSQRNQPQQLNPQLPOPNQQLQJKIPLPROPMNOQLKSMRRKNQNJONNKMKROPQOPLNNNLMNMQMJNKRMOQOO' +
  'NRQMRGRSQLLNMONPKOOMNOOPRRQPOMNOQQNLMMLLLOOPOQLLOJMKKQQNRMOPQLRPRNPONQONQPOMOPMJQNROMLQONOPMOOPNOMKPMRRSRNLOMRLMOPRKPOKO' +
  'PSPPKMPNMMNMQJMNLNLMLOMOQOLPNMNRPOOQLPONQLPSQOMOMNMPNMOOMJNOQKKPRMPJNKPMQMPMMNPQPQMPNKNPOOLSNOOQLORPJNNPSNQMMQMJRRMRPJSN' +
  'OJKPMPQMNMMNOLMMMPOQPMQMPPNNLMPMONKKPMNLMPOJNLQMNNNJMKNPMNMRLSJNJQQPMLNIQPNQSPHPRQLLPMNOPPSTQPMRRNLQSLNRNPMLMMOMKMQROQPM' +
  'OLRQNPNTPQNOLQMLMQRKOOLQOPMNQOMUONRQLOMNQPNQONMNPNNPRPQNOORPOOOONRSRMNOQQPOOLNSPOPMMLNNPRMPPNNMKNQPPPJMNMNMONNLOMSPNMORO' +
  'POPOQMONQPKNOOOKPNZSJNLOTQRLLPPMJNPNMOPKJPNNPRQNQNTTOKMNVOOPKQJMNNPQPOPLQNPMRKMSRONLMNNMPQPPQPLQMPONMKMNNROOPQKLOMOJQORK' +
  'NKMPMMNPLLPQTNJSLONNOKORNIMSKQMJRMPNNMRSJQRMOOLKNQMTPQOKONNOKQMGNPKLOQROLIPPOMNONLPRPNLRQOQJNNNJQMPQMORMLMNOMQQMLIUOLNPN' +
  'QONOPKPMMPNKOLONNPPOOROIQQOMOORPLQNPSLKNOHMQPQNMRQRKOPOPSNNMONLQNLKRNQNJKQPKNLOMOOOJIROLNJLNLLKLNMMLNRJJOINLOKMKPJQNMKMK' +
  'KQJQOOLGQQMPNONNJQLLLKJKLNNNKNNQNPOPMMNPNJQQMPPPNOSOKLMLNQOQPJQPNOONPNQQOLOLIMMROLQHOPPJOPLMKMKOMOJPMORLPROLLOPNNRPLPMLM' +
  'PSNPNNNLQLMOLQPNLQNPQLNQSPQMPMNJOHKIMRSRNNPNKMUKMPRONPNMPPOOLMPRNMMOMORLPPLMPOQPPOOPRONMOMMMKONORNQORLLOPJMSPQQQINNLNRRR' +
  'NKQQMMKOMKQQNMNNNNKOQRJMRMOQOLMNLJMOPMKMMNOKNPQKLQMRQLNOQNMMSOQOPONQNOPPNLQOJQNMMOOPLNOLOROPJONJMPLKOKMOLPLMONRLNOHSLPQK' +
  'NNMNLQLONOMKQNONLQLQJLNOMQKPOQRRPNHPONOPPQMNQMJPQNLQKJQNMOPQQNPJPKNMOONJSTOOMNRNLMNOOOQPNRQRMMMPLRMLOMLNOPOMPNNOIOLNOSKM' +
  'LNNNORMRNOMMLMJNRPNNMKJOPLNNMLOMOJLOLOOKJLOOQNQPMMPRNIMLOOKMRLNQNMPONNPOKNOPPOPLPNOPONISJKQKPQQLMKKPJMNPJMMNMOPMNMLOPQQM' +
  'ONPRMMQMMMOSNQMNQPPOMOPMNMNLSQQQOINLLOPOOOMPNPPNMOOLOOOMOOMSOPOMOKPPOQMPMLMPMMKNPNMQNKOLOPNOQOSPONRMRMQRKMRQMLKMNPLLROMN' +
  'PMQNOPONRKINQRNMLNHNQJLQQLMHTMPTLMLPNMMMQMQMOPNPPJNOIMNLPSMMSOROMPKONKMPQLONLNQQQPKNLMQNLPQMOLMLKPONKRPQLQPMNNLPMOONOSSN' +
  'PRRPONMRMINMONNJNQNLKRGMLOQOINQPIRQPOPKOPKPPNPOOLIPPNKNLMPNOMOQMNMNLNOOOLNRQOOKPMKNQLKLPLMKPMNKMKLMPMPIOORLPOQOKOQOOOROM' +
  'OPMOMJGNQNMQNNNOOOOLQSPPLPOOMOKNMMLQKOMRPQQSOPPPPPNPOOOONMPQPNPONQQLRQKJKPPQLPPJLNNNNONOROLOLPMLONPNOLOSQJSPHOMPKQSROMOO' +
  'QNMMLLNOOLSLOLQJJRNMLONLQRKONOIMLKMMMLONKMPJMMLQOKLLOQJLRQLQROKQHRMMOMKNJOLOKKLSPNPRPOPPOMOPLNLPNMOORPOJMMLSPOMKMNMMOPLN' +
  'KOOQPMLONMLPOMQPPRMNQONPTQQIPPOQLONRQMPQTIJRKSPNLNKMPJMRMLNKLRMLNQMNJMMOOLOSKJLLZZZZZSWOOSRQROUTQUQZPTQSSRTQTQRUURRTSTUR' +
  'SUSSTTPOSSURSROTOSSSRXUUVPYUSQSYVZUYRVSUZTRTQVYVSUUUTSRZQQSQSUPUZTVQRWUTRTUTRSRRSUQRQRRTUQWQRSSUTVRQSRUSTUSWTTNWURXTUQTS' +
  'SXVTQSXXYQZSTSTSVZRSPTRVVOTWUYZSTSZQPVTQRSSRSRTNTTSTTQRSSRSSSSPSUTUSRURUQPRQSOTRQTRQTSRSSXVSSUURYVVYSQRXXPTWTWURYWSRUTST' +
  'TRVWSVQQRTRUVVWSUPVXVUUTSSTSRSVUTSTVTUQVTTTSTTUVTUUSUUVRURVSRRXQPUVVWQSTTWVVUSVUSSWZZWXXSTWVTRUNWZYYWTWSVWTUUVZSWUYSQTPT' +
  'TSTTTTTUTOTQRRUUTUPTSSSTUTSSTSTTRQTTYTTUWWRQWUVUVZPSVWUYTVTTVSRTVRRRRTTWYTSTUTXRZZXVUUTUSVRRWVUTRSRTQRSUWVTSVVTTSTVVUTVQ' +
  'UVTUTRUUWSWWVZZRXVPTTWVVRTWUXPRUVPTWWVRVUVXWWXXWTUTTSTTRUVVXPPVVUPTVTTUTURRUSTWTVTUWRXSSPRRUVUPPVSTTTPQSUVUQWXUSQVUUSWVT' +
  'SWWWTTXTSTTXTYVSYSSSVVXRTSWSSVWURVRVRQTSSQQOQTSUQSUTUUSRRVUTSRSRSPSQTSSSSSURPQVUUSTTSTVUWTQTRUVZQRQRVSUSRQXRRQSUUSSSXRTS' +
  'RQTSSSROUTWUTSRTSRQTSRSRUQTSSQQSTOSTRTTRSPRURSSRTVQSSTSQTWQSQTSZSTTTSSRUSYYUTTUSUYTRUSTTZRTQSRUURSVXRRXRWRQUUSVRSPSRRURU' +
  'STSSSVTTVRQSTTRTUTUVPSPTSSXVURVRWSTPTPTSRSVPXXWUSUXUSSTWTQSWWUWXVSTSYTURRSZSRZTSVRSTUQSRSTUUTSSQTRRPSSSVSQRTUQTTQSRTTQOS' +
  'XVVVUTSRXZRRWXTRSRRSUWSUSPTSVSUYWORURRUQTQRUUVUTURRVWRSRQSUPORUTTSSRRRTURTTRRSSQTTRVQTSSTTUTTTRTOVYSTVXTRSPPORTSQQVWWUSU' +
  'RTRYTWUUVRSSRSVSRVVRUYVVSTZPRSUSURUTMONNQORQSQQRTTSSQUTSSVSSTUSTUURRSVYUXYWRTVZVXRTTSTRXPYPTSXVTRRQUUXTVQSTSQQOPQQSRTRUP' +
  'PQOPSTQSRPQPQSPPOPSVUVQXRRPRTSVTSTPUUPTVUUTTQTWTSSSSSTRTZRVTTRTTTUVWYQTYPSZVNRSTVRNSRSTVTQPSRPSRQQPQQPQSRSTQSRPTUURQSSUR' +
  'UQTUPURRRWQTSURSTZRVRSXPXQQVPTVRRRSUXUVUTTUVSSXSTXTRSQWRRSSSTQSRRRQQRTURPRRSURSRQPRSRRUSTVSTRSTSSRTRRTTRSTQTQSYYWORYSSTS' +
  'RVWWPQSTQWQUTTURXOQSRQQRSWVTVPRROSPPSTQSVSPOQRSUQPRQSTQUSPPOUSWSUWRWUQTSTWSTTQSVUVRUWTZRTQXUSWSSUSXTUVRQRRSTYTRQTUVPVQVX' +
  'SYTRQRQSOVYRPQRQTXRSSRURQTTSQRSPSRUUTTRRUWTTSTTWTQTVSTRVRTWQVYOVUVRUTWTUTRUSVQXTSUTUWQTZWWRVZSRQVQSRSUXXTRPUUVYXRRUTVSVY' +
  'TTTSRTURTUUWUSVRQRRRQPVTTRUSVUUSRVSXWQUTTWQUYRXWVSWVSVRQYSTRSVZTWSWSSTRTTTXWUVUTTTUXTTUTTTTSVPURQTSSTTVSTUQSUUOUQUUPTTRU' +
  'TVTTRQURSXZUOVPZXXSTSQQTWUSUUSXSSWWSSTQZYXQRSSVSVVURSVRSRRRUSRTPTRQTTSQTUTRTQTVWSQUUTTTPRTTSQTRRVUUUSSQVVSUZUZQRQRXWQQVP' +
  'TURSURUSPRSPOXZPTSSSZSXRRRXTUVRXSSVVTQVSPTTUTVUSSTSURSVWQVTUSWUUTTUSSSUUTTUSTYZUUYSUWRWYWSRVUSTWWSURWWTWTVRQSWTVSSWPYRXR' +
  'SRSQWUSVVVUUQSTURUSUUUSPVVTTVWTTPUSSVVQUSPTUSUTWXRRWQXWZTSRSTSUTUSSTRRUWWQWTZSXURRSWTSUSVPTRYRTXUXQTRSUSTUVQTUUTUUMTTSRV' +
  'WUVUTVSTUVTVQRVTUSSVRTSTOSXZURTUYTXWSUXXVSTRXXSQWVRUQSUZUVVSTTRSQTTRRQTWYUQPTSSPUSURUUTTUQTURTUURUTWSURUWTSURPUVSSTUSTZU' +
  'UUTVSUUSXRXZTXURSWUSSZUUSWRXVWWZTWSTWSRWZUSYVQXUSUTRQUPSURVVTTPSTTUUVTQTUSUSSVTTVUUSQUSTSTWTSUSTQTUUUQUTRTZXTYWZSVWUWVWW' +
  'RXSTVSVUVSQRSSRTTVVTVSZQRTUUSRTTTTTSQRQSTTVSTVSRTSSSUTRTSSTTQTTSTUQUSUVSYRUSWUSUWRQRVUUWQTRTXVUTXRXXSRQQTRRWSSTWWSSZVTRU' +
  'TUQRTTQTUPSUTRSSSQTRPTUUTTUTUQTTRTSTUSWUVQWQTTXYVURXTSUUVVUUQQSTUUSXVTTQSVXYTTRTRSURXRVTUVTWWVVTUTUUUSUUUVVUSRRPRVTQRSSP' +
  'TVOTTVVSSRTVVQXTWURQUSTURSQVTWXUXTTTVSTTXTTTUUUSUZVSWQUPUWXYVRXUUXVTTVSTVRSTUSTQRTUTVUQTTSVTURTVQSTTQRQWTRTWTWVXWRQUQUWR' +
  'RSRTSSYSURXWXWUQVWUVSZTUWSXTVYSWRRRTRRPXSSSTSRTSRSSSTSTURRUSQSURSTSTTURQSUTRSQTSUSXVVURVPUTQURWSQRSUUYTUUVRRTXUUUPRZQRYP' +
  'ORUUWQSRXPRRUVRSPTURTSUTTQRRTUQSTRUTUUPSSTUTSSUTRRUSQRVRTUUXQQSRRQTUVURSQQQRQSUUUUUXQWSUUUZRXIIJJJJJJJJKKKKKKKKKKKKKKKKK' +
  'KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL' +
  'LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM' +
  'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM' +
  'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM' +
  'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMNNNNNNNNNN' +
  'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN' +
  'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN' +
  'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN' +
  'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN' +
  'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN' +
  'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN' +
  'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO' +
  'OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO' +
  'OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO' +
  'OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO' +
  'OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO' +
  'OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO' +
  'OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO' +
  'OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO' +
  'OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO' +
  'OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO' +
  'OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO' +
  'OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOPPPPPPPPPPPPPPPPPPPPPPPPPPPPP' +
  'PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP' +
  'PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP';
