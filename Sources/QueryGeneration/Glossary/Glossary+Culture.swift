extension Glossary {
    /// Film, television, music, books, media, games and entertainment
    static let culture = """
        movie | 电影, 影片
        film | 电影, 影片, 胶片
        show | 节目, 演出
        tv show | 电视节目, 电视剧
        series | 系列, 剧集
        episode | 集
        cast | 演员阵容, 卡司
        character | 角色, 人物, 字符
        studio | 工作室, 制片厂, 开间
        production company | 制片公司
        box office | 票房
        worldwide gross | 全球票房
        domestic gross | 国内票房
        release | 上映, 发行, 发布
        launch | 发射, 推出
        runtime | 片长, 运行时间
        genre | 类型, 题材, 流派
        comedy | 喜剧
        drama | 剧情, 戏剧, 剧情片
        action | 动作, 动作片
        thriller | 惊悚, 惊悚片
        horror | 恐怖, 恐怖片
        romance | 爱情, 浪漫, 爱情片
        documentary | 纪录片
        animation | 动画, 动画片
        animated | 动画
        adventure | 冒险
        fantasy | 奇幻
        science fiction | 科幻
        sci-fi | 科幻
        mystery | 悬疑, 推理
        musical | 音乐剧, 歌舞片
        biography | 传记
        award | 奖项, 奖
        oscar | 奥斯卡, 奥斯卡奖
        nomination | 提名
        nominated | 提名
        critic | 影评人, 评论家
        metascore | 媒体评分
        content rating | 内容分级, 分级
        certificate | 证书
        popularity | 人气, 热度, 受欢迎程度
        song | 歌曲, 歌
        album | 专辑
        band | 乐队
        track | 曲目, 赛道
        playlist | 播放列表, 歌单
        stream | 流媒体, 播放
        chart | 排行榜, 图表
        billboard | 公告牌, 广告牌
        lyric | 歌词
        tempo | 节奏, 节拍
        danceability | 可舞性, 舞曲性
        loudness | 响度
        acousticness | 原声度
        speechiness | 语音度
        liveness | 现场感
        valence | 情绪正向度, 效价
        pop | 流行, 流行音乐
        jazz | 爵士, 爵士乐
        hip hop | 嘻哈
        rap | 说唱
        classical | 古典, 古典音乐
        country music | 乡村音乐
        blues | 蓝调, 布鲁斯
        folk | 民谣
        concert | 音乐会, 演唱会
        theater | 剧院, 剧场
        theatre | 剧院, 剧场
        cinema | 电影院, 影院
        museum | 博物馆
        gallery | 画廊, 美术馆
        painting | 绘画, 画作
        artwork | 艺术品, 作品
        novel | 小说
        fiction | 虚构, 小说
        nonfiction | 非虚构, 纪实
        publisher | 出版社, 出版商, 发行商
        bestseller | 畅销书
        magazine | 杂志
        newspaper | 报纸
        news | 新闻
        article | 文章
        headline | 头条, 标题
        media | 媒体
        broadcast | 广播, 播出
        radio | 电台, 收音机, 广播
        podcast | 播客
        video game | 电子游戏, 视频游戏
        console | 游戏机, 主机
        festival | 节日, 节庆
        entertainment | 娱乐
        leisure | 休闲
        recreation | 娱乐, 休闲
        hobby | 爱好
        casino | 赌场
        gambling | 赌博
        lottery | 彩票
        theme park | 主题公园
        """
}
